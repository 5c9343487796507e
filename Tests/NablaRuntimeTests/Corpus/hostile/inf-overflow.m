% expect: Inf
x = realmax * 10
