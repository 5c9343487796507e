% expect: max_recursion_depth
f = @(f, n) f(f, n + 1);
f(f, 1)
