[a, b, c] = size(ones(2))
[p, q] = numel(1)
