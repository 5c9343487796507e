% A'*B, A*B' and A'*B' are products with the transpose flags, never a copy.
A = [1 2; 3 4; 5 6];
B = [1 0 -1; 2 1 0; 0.5 -2 3];
A'*B
A*A'
A'*B'
B(:, 1)'*A
A'*B(:, 2)
x = [1 2 3];
x*x'
x'*x
(A')'*B(1:2, :)
2'*A
A'*3
eye(3)'*A
format long
C = [0.1 0.2; 0.3 0.7] ;
C'*C
C*C'
