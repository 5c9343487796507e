max([1 NaN 3])
min([NaN 2 1])
[m, i] = max([NaN 5 5])
