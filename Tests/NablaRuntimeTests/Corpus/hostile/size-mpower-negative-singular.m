% expect: inverse: matrix singular to machine precision, rcond = 0
zeros(3)^-1
