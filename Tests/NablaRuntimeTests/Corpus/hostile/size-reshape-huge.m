% expect: reshape
reshape(1:6, 1e9, [])
