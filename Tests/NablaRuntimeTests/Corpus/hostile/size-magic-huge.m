% expect: out of memory or dimension too large
magic(1e6)
