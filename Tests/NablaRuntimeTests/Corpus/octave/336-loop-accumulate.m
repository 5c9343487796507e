s = 0;
for k = 1:10
  s += k;
end
s
