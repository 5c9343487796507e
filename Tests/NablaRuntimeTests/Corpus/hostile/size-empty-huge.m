% expect: 1099511627776x0
ones(2^40, 0)
