% expect: Inf
x = 1e999999
