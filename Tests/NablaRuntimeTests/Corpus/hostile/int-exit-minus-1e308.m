% expect: (got -1e+308)
exit(-1e308)
