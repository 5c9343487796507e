A = [1 2 3; 4 4 4; 0 5 10];
row_sum = sum(A, 2)
P = A ./ row_sum
sum(P, 2)'
