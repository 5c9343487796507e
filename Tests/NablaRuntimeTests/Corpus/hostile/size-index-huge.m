% expect: out of bound|too large
x = 1:3;
x(1e20)
