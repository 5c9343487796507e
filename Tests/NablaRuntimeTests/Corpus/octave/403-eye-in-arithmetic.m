A = [1 2; 3 4];
A + eye(2)
B = zeros(2,3) + eye(2,3)
