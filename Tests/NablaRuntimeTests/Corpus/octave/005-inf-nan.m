Inf
-Inf
NaN
