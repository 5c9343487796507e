% expect: NaN
norm([NaN 1; 2 3])
