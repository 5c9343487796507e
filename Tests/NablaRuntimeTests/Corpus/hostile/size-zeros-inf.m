% expect: dimensions must be finite|Inf
zeros(Inf)
