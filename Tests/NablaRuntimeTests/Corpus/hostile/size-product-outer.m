% expect: out of memory or dimension too large
x = 1:1e5;
y = x' * x;
