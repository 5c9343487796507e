function a = forward_all(W, x)
  a = x;
  for k = 1:numel(W)
    a = tanh(W{k} * a);
  end
end
