% expect: NaN
mean([])
