x = 5
y = x
x = 7;
y
