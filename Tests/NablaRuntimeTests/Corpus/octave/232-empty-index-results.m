x = 1:5;
x(x > 10)
A = magic(3);
A([], 1)
