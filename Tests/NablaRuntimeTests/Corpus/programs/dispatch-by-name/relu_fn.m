function a = relu_fn(z)
  a = max(0, z);
end
