z = [1 2 3];
p = exp(z - max(z)) / sum(exp(z - max(z)))
abs(sum(p) - 1) < 1e-12
[~, cls] = max(p)
