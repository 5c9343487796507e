% expect: NaN
x = [1e300 NaN; -Inf 1e-300]
