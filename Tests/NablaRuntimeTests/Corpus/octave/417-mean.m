A = [1 2; 3 6];
mean(A)
mean(A, 2)
mean(A(:))
mean([1 2 3 4])
