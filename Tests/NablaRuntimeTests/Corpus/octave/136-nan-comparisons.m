NaN == NaN
NaN ~= NaN
Inf > 1e308
-Inf < 0
