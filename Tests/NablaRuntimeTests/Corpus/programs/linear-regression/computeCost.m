function J = computeCost(X, y, theta)
  % squared-error cost of a linear model
  m = length(y);
  r = X * theta - y;
  J = (r' * r) / (2 * m);
end
