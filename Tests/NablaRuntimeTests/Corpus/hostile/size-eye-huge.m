% expect: out of memory or dimension too large
eye(1e9)
