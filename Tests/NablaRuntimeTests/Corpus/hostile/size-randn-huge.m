% expect: out of memory or dimension too large
randn(2^40, 2)
