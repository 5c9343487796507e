s.a = 1;
z.c = 1;
x = [s, z]
