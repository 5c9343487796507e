for i = 1:3
  for j = 1:3
    if j > i
      break
    end
    printf('(%d,%d) ', i, j);
  end
end
printf('\n');
