s.a = 1;
q = [s; s];
x = [q, s]
