for i = 1:10
  if i > 3
    break
  end
  printf('%d\n', i);
end
