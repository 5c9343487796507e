% expect: NaN
linspace(NaN, Inf, 4)
