A = [3 1; 1 2; 2 0];
sort(A)
sort(A, 'descend')
