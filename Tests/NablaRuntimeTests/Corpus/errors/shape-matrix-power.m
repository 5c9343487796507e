A = ones(2, 3);
A^2
