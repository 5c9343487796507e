% expect: out of memory or dimension too large
s = 'a';
s(1e10) = 'b'
