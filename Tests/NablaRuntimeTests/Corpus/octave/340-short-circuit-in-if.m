x = 4;
if x > 0 && x < 10
  disp('in range')
end
if x < 0 || x == 4
  disp('negative or four')
end
