function a = step_fn(z)
  a = double(z > 0);
end
