% expect: out of memory or dimension too large
ones(1e5)
