z = [1 2 3];
a = sigmod(z)
