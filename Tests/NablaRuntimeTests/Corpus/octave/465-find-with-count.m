find([5 0 6 0 7], 2)
x = [0 3 0 5];
x(find(x))
