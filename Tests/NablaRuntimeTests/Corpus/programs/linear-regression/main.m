% linear regression with feature normalisation and gradient descent
data = load('houses.txt');
X = data(:, 1:2);
y = data(:, 3);
m = length(y);
[X, mu, sigma] = featureNormalize(X);
printf('mu = [%.2f %.4f], sigma = [%.4f %.4f]\n', mu, sigma);
X = [ones(m, 1) X];
J0 = computeCost(X, y, zeros(3, 1));
printf('initial cost %.4f\n', J0);
[theta, J_history] = gradientDescent(X, y, zeros(3, 1), 0.1, 50);
printf('theta = %.4f %.4f %.4f\n', theta);
printf('cost after 50 steps %.4f\n', J_history(end));
decreasing = all(diff(J_history) <= 0)
price = [1, ([1650 3] - mu) ./ sigma] * theta;
printf('a 1650 sq-ft, 3 bedroom house: %.2f\n', price);
