if [1 1] && 1
  disp(1)
end
