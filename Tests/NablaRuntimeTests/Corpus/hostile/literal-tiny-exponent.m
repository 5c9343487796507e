% expect: x = 0
x = 1e-999999
