A = [1 2 3; 4 5 6];
A(:, logical([1 0 1]))
A(logical([0 1]), :)
