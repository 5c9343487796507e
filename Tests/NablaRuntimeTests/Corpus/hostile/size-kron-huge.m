% expect: out of memory or dimension too large
kron(ones(1e4), ones(1e4))
