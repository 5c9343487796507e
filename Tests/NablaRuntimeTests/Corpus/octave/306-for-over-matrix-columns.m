for c = [1 2; 3 4]
  c
end
