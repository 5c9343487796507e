% logistic regression minimised by fminunc with a user gradient
data = load('scores.txt');
X = [ones(rows(data), 1) (data(:, 1:2) - 60) / 20];
y = data(:, 3);
[J, grad] = costFunction(zeros(3, 1), X, y);
printf('cost at zero %.6f\n', J);
printf('gradient at zero %.6f %.6f %.6f\n', grad);
options = optimset('GradObj', 'on', 'MaxIter', 400);
[theta, cost] = fminunc(@(t) costFunction(t, X, y), zeros(3, 1), options);
printf('cost at optimum %.4f\n', cost);
p = predict(theta, X);
printf('training accuracy %.1f%%\n', mean(p == y) * 100);
