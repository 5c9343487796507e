A = [1 2; 3 4];
all(all(A > 0))
any(any(A > 3))
all(A(:) > 1)
