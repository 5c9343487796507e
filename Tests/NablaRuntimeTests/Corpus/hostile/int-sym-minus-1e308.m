% expect: (got -1e+308)
sym(-1e308, 2)
