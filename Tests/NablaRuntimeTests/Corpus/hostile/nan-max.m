% expect: ans = 3
max([NaN 3 NaN])
