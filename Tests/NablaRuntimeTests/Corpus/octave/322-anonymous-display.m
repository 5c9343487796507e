f = @(x) x.^2 + 1
g = @(a, b) a*b
