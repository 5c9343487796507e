A = magic(4);
v = diag(A)'
B = diag([2 3]) + zeros(2)
