s = 'hello';
s(1)
s(end:-1:1)
s([1 1 1])
s(2:4)
