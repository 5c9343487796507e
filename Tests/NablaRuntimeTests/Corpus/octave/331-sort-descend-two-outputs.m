[s, k] = sort([3 1 2], 'descend')
[s, k] = sort([3 1 2])
