% expect: rcond
inv([1e-20 0; 0 1])
