x = [3; 1; 2];
L := sum(sort(x) .* [1; 2; 3]);
g = grad(L, x)
