W = [1 2; 3 4];
L := sum(W(:, end).^2);
g = grad(L, W)
