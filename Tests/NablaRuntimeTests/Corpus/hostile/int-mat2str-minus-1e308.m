% expect: (got -1e+308)
mat2str(pi, -1e308)
