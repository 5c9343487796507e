% expect: out of memory or dimension too large
x = (1:1e4)';
y = x(ones(1, 1e5), ones(1, 1e5));
