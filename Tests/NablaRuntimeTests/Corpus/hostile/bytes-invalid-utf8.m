% expect: 
x = 1 ÿşÃ( + 2
