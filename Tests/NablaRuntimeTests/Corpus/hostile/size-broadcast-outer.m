% expect: out of memory or dimension too large
x = ones(1e5, 1) + ones(1, 1e5);
