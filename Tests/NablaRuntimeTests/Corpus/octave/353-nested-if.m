a = 3; b = 7;
if a > 0
  if b > 5
    disp('both')
  else
    disp('a only')
  end
end
