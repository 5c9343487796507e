% expect: out of memory or dimension too large
rand(1e5, 1e5)
