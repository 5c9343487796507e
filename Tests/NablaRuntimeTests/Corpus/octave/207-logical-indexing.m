x = [5 1 4 2 3];
x(x>2)
x(logical([1 0 1 0 0]))
x(x == 4)
