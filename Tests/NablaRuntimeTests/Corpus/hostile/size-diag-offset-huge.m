% expect: out of memory or dimension too large
diag(1:3, 1e12)
