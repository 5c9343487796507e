function [J, grad] = nnCost(params, n_in, n_hidden, X, y, lambda)
  % one hidden layer, cross-entropy cost, back-propagation
  W1 = reshape(params(1:n_hidden * (n_in + 1)), n_hidden, n_in + 1);
  W2 = reshape(params(n_hidden * (n_in + 1) + 1:end), 1, n_hidden + 1);
  m = rows(X);
  a1 = [ones(m, 1) X];
  z2 = a1 * W1';
  a2 = [ones(m, 1) sigmoid_fwd(z2)];
  h = sigmoid_fwd(a2 * W2');
  J = -sum(y .* log(h) + (1 - y) .* log(1 - h)) / m;
  J += lambda / (2 * m) * (sum(sum(W1(:, 2:end) .^ 2)) + sum(W2(2:end) .^ 2));
  d3 = h - y;
  d2 = (d3 * W2(:, 2:end)) .* sigmoid_fwd(z2) .* (1 - sigmoid_fwd(z2));
  G1 = d2' * a1 / m;
  G2 = d3' * a2 / m;
  G1(:, 2:end) += lambda / m * W1(:, 2:end);
  G2(2:end) += lambda / m * W2(2:end);
  grad = [G1(:); G2(:)];
end
