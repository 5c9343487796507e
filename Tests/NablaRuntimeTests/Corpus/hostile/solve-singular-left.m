% expect: singular to machine precision
A = [1 2; 2 4];
A \ [1; 2]
