f = @(x) x + 1;
g = @(x) f(x) * 2;
g(3)
h = @(x) f(f(x));
h(0)
