% expect: (got -1e+308)
linspace(0, 1, -1e308)
