function p = predict(theta, X)
  % 1 when the model's probability reaches one half
  p = sigmoid(X * theta) >= 0.5;
end
