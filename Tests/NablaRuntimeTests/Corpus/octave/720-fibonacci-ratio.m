f = [1 1];
while numel(f) < 15
  f(end+1) = f(end) + f(end-1);
end
f
ratio = f(end) / f(end-1)
