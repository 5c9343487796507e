% expect: singular to machine precision
A = [1 2; 2 4];
[1 2] / A
