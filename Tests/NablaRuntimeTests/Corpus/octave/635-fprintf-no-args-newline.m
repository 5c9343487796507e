fprintf('\n');
fprintf('x\n');
printf('%s\n', '');
