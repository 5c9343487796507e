[s, i] = sort([2 -1 2 0])
[s, i] = sort([2 -1 2 0], 'descend')
