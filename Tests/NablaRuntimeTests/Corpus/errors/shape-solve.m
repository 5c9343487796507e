A = eye(2);
b = [1; 2; 3];
x = A \ b
