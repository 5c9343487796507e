% expect: unterminated string
s = 'abc
