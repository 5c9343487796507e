% expect: argument 2 must be an integer (got -Inf)
triu(magic(3), -Inf)
