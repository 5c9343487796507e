function y = helper_fn(x)
  y = x + 1;
end
