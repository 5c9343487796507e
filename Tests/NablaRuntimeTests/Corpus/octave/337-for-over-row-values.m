for v = [10 20 30]
  printf('%d\n', v);
end
