% expect: (got -1e+19)
sum([1 2; 3 4], -1e19)
