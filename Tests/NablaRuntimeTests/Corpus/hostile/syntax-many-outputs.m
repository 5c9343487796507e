% expect: 
[a, b, c, d, e] = size(1)
