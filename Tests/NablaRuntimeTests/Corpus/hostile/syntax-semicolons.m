% expect: 
x = 1;;;;,,,,
