% expect: Nabla arrays have two dimensions
zeros([NaN 1 2])
