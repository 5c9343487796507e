for x = [-2 0 5]
  if x < 0
    disp('negative')
  elseif x == 0
    disp('zero')
  else
    disp('positive')
  end
end
