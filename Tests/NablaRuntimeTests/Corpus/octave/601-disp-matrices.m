disp([1 2; 3 4])
disp([1.5 2])
disp([1; -2])
