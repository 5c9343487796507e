X = [ones(4, 1), [1; 2; 3; 4]];
y = [2; 4.1; 5.9; 8.2];
theta = (X' * X) \ (X' * y)
residual = y - X * theta;
printf('%7.3f\n', residual);
