function [J, grad] = costFunction(theta, X, y)
  % logistic regression cost and gradient
  m = length(y);
  h = sigmoid(X * theta);
  J = -(y' * log(h) + (1 - y)' * log(1 - h)) / m;
  grad = X' * (h - y) / m;
end
