% expect: out of memory or dimension too large
linspace(0, 1, 1e12)
