% expect: (got -1e+308)
size(ones(2,3), -1e308)
