for i = 1:2
  x = i * 2
end
