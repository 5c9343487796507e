[m, i] = max([3 9 2])
[m, i] = min([3 9 2])
