f = @(t) t + q;
f(1)
