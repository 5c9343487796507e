for i = 1:0
  disp(i)
end
disp('done')
