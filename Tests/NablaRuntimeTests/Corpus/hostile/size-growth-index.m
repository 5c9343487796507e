% expect: out of memory or dimension too large
x = 1;
x(1e12) = 1
