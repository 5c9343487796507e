% expect: 
x = [31m 1
