% expect: out of memory or dimension too large
zeros(1e6, 1e6)
