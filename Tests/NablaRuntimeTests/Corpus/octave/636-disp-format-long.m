format long
disp(pi)
disp([1/3 0.5])
format short
disp(pi)
