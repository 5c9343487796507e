A = [1 2; 3 6];
A - mean(A)
A ./ sum(A)
