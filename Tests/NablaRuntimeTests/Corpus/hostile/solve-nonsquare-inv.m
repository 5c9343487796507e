% expect: square
inv(ones(2, 3))
