find([0 1 0 1 1])
x = [3 7 1 9];
find(x > 2)
find([0 0])
