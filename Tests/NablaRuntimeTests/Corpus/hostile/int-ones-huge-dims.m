% expect: e.g. ones(1e+20, 1)
ones([1e20 1 2])
