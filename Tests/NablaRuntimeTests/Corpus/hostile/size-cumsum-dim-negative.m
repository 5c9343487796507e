% expect: cumsum
cumsum(ones(3), -1)
