A = magic(4);
A(2,3)
A(4,1)
