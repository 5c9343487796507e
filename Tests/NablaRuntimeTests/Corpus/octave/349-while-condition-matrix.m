v = [5 3 8];
n = 0;
while any(v > 1)
  v = floor(v / 2);
  n = n + 1;
end
n
v
