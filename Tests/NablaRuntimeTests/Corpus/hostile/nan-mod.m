% expect: NaN
mod(Inf, 3)
