% expect: argument 2 must be an integer (got NaN)
tril(magic(3), NaN)
