diag([1 2; 3 4])
diag(magic(3))'
d = diag([1 2 3]);
d(2,2)
sum(d(:))
