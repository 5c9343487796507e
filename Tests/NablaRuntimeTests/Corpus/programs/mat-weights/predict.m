function [p, h2] = predict(Theta1, Theta2, X)
  % labels (1 or 2) from a network with one hidden layer and a bias column per layer
  m = size(X, 1);
  h1 = sig([ones(m, 1) X] * Theta1');
  h2 = sig([ones(m, 1) h1] * Theta2');
  [~, p] = max(h2, [], 2);
end
