k = 0;
while k < 3
  k = k + 1;
end
k
