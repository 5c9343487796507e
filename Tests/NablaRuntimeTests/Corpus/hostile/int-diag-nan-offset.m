% expect: argument 2 must be an integer (got NaN)
diag([1 2 3], NaN)
