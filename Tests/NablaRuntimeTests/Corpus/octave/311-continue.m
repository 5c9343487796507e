for i = 1:6
  if mod(i, 2) == 0
    continue
  end
  printf('%d ', i);
end
printf('\n');
