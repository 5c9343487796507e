s = 3;
s.a
