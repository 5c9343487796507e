max([3 9 2])
min([3 9 2])
A = [1 5; 7 2];
max(A)
min(A)
