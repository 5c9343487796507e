% expect: the number of copies must be an integer (got Inf)
repmat([1 2], Inf)
