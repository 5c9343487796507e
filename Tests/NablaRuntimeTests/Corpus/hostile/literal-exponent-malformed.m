% expect: 
x = 1e+
