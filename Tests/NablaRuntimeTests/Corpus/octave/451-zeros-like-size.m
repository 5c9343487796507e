A = magic(3);
zeros(size(A))
ones(size(A, 1), 1)
