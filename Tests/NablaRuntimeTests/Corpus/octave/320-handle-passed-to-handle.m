f = @(x) 2*x; g = @(h, v) h(v); g(f, 3)
