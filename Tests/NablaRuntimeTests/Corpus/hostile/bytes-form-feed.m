% expect: 
x = 1
