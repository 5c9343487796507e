A = [1 0; 0 1];
find(A)
find([0; 4; 5])
