for v = [1; 2; 3]
  v
end
