function a = relu_act(z)
  a = max(z, 0);
end
