% expect: out of memory or dimension too large
c = {1, 2};
d = c(ones(1, 1e5), ones(1, 1e5));
