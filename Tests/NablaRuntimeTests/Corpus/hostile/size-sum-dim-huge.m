% expect: ans =
sum(ones(3), 1e9)
