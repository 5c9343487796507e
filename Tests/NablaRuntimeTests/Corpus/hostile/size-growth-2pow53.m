% expect: out of memory or dimension too large
x = [];
x(2^53) = 1
