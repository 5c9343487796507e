% expect: out of memory or dimension too large
x = (1:1e5)' < (1:1e5);
