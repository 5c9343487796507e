x = 5;
y = x * 2
z = y + 1;
