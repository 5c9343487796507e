% expect: out of memory or dimension too large
A = [];
A(1e6, 1e6) = 1
