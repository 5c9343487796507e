[1 2 3] > 2
t = [true false true]
3 == 3
