format long
x = 42
y = [1 2 3]
z = 0.1
format short
