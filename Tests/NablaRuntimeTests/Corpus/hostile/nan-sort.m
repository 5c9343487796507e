% expect: NaN
sort([3 NaN 1 Inf -Inf NaN])
