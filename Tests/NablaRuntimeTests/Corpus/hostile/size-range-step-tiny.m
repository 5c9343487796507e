% expect: out of memory or dimension too large
x = 0:1e-300:1
