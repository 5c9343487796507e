x = 10:10:50;
x(2:end)
x(end:-1:1)
x(end-1)
