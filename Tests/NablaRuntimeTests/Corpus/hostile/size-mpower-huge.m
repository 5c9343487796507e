% expect: Inf
ones(3)^1e9
