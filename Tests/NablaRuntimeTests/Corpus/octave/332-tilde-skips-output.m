[~, i] = max([4 8 1])
[~, c] = size(ones(2,7))
