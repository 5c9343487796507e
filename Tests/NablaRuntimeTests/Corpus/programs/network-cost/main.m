% a small network's cost and gradient, checked against finite differences
X = [0 0; 0 1; 1 0; 1 1; 0.5 0.2];
y = [0; 1; 1; 0; 1];
params = sin(1:13)' / 2;
[J, grad] = nnCost(params, 2, 3, X, y, 0.1);
printf('cost %.6f\n', J);
cost = @(p) nnCost(p, 2, 3, X, y, 0.1);
numeric = numericalGradient(cost, params);
printf('%9.6f %9.6f\n', [grad numeric]');
difference = norm(numeric - grad) / norm(numeric + grad);
printf('relative difference below 1e-9: %d\n', difference < 1e-9);
