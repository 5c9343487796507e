% expect: out of memory or dimension too large
repmat(ones(1000), 1000, 1000)
