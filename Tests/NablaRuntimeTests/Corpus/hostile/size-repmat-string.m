% expect: out of memory or dimension too large
repmat('ab', 1e9, 1)
