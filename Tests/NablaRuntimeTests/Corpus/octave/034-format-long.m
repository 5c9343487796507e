format long
pi
[1/3 2/3]
format short
pi
[1/3 2/3]
