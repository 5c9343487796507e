% expect: NaN
det(NaN(3))
