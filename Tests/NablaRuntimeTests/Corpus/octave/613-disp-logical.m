disp(true)
disp([1 2] > 1)
