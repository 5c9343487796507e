% expect: (got 9.22337e+18
magic(2^63)
