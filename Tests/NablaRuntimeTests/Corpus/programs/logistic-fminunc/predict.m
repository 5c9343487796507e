function p = predict(theta, X)
  p = double(sigmoid(X * theta) >= 0.5);
end
