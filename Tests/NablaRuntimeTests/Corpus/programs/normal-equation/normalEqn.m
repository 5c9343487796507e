function theta = normalEqn(X, y)
  % closed-form least squares
  theta = (X' * X) \ (X' * y);
end
