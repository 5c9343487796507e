for i = 1:3
  for j = 1:3
    printf('%3d', i * j);
  end
  printf('\n');
end
