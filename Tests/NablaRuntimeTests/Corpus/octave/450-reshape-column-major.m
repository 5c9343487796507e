A = [1 2 3; 4 5 6];
reshape(A, 3, 2)
reshape(A, 1, [])
