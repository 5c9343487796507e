% expect: 
x = 1..2
