prod([1 2 3 4])
A = [1 2; 3 4];
prod(A)
prod(A, 2)
