A = [1 2 3; 4 5 6];
sum(A)
sum(A, 2)
sum(A(:))
sum([1 2 3])
sum([1; 2; 3])
