% least squares by the normal equation; data read with command syntax
load points.txt
x = points(:, 1);
y = points(:, 2);
X = [ones(size(x)) x];
theta = normalEqn(X, y)
residual = norm(X * theta - y)
fitted = X * theta;
printf('%4.1f %6.3f\n', [x fitted]');
