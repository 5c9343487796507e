% the factorisations course code uses; eigenvectors and singular vectors are defined only up
% to sign, so they are checked through sign-independent quantities
A = [4 1 2; 1 3 0; 2 0 5];
lambda = eig(A)
[V, D] = eig(A);
D
eigenpairs = check_close(A * V, V * D)
orthonormal = check_close(V' * V, eye(3))
eig([2 1; 0 3])
X = [1 2; 3 4; 5 6];
s = svd(X)
[U, S, W] = svd(X);
[size(U); size(S); size(W)]
S
reconstructed = check_close(U * S * W', X)
[U, S, W] = svd(X, 0);
S
[Q, R] = qr(X, 0);
abs(diag(R))'
check_close(Q * R, X)
[Q, R] = qr([1 2; 3 4]);
check_close(Q' * Q, eye(2))
R = chol([4 2; 2 3])
[R, p] = chol([1 2; 2 1]);
p
[L, U, P] = lu([1 2; 3 4]);
L
U
P * [10; 20]
[L, U] = lu([1 2; 3 4])
pinv([1 2; 2 4])
check_close(pinv(X), (X' * X) \ X')
r = [rank(magic(4)), rank([1 2; 2 4]), rank(eye(3))]
z = null([1 1; 1 1]);
abs(z)'
check_close([1 1; 1 1] * z, [0; 0])
q = orth([1 1; 1 1]);
abs(q)'
E = expm([0 1; -1 0]);
printf('%.12f %.12f\n', E');
expm(zeros(2))
printf('%.10f\n', expm([1 2; 0 1]));
