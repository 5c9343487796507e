p = 1;
while true
  p = p * 2;
  if p > 1000
    break;
  end
end
p
