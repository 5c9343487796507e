fprintf('value: ');
disp(7)
fprintf('%s\n', 'end');
