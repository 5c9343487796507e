fprintf('%g\n', 0.1)
fprintf('hello\n')
fprintf(1, 'x=%d\n', 5)
