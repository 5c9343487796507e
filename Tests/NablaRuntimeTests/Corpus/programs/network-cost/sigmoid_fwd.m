function a = sigmoid_fwd(z)
  a = 1 ./ (1 + exp(-z));
end
