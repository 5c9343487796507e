% expect: out of memory or dimension too large
x = ones(1, 1e4);
for k = 1:20
  x = [x x];
end
