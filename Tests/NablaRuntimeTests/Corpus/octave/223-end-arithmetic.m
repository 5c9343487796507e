x = 1:10;
x(end/2)
x(ceil(end/3))
x(end-2:end)
