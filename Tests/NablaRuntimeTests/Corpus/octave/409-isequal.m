isequal([1 2], [1 2])
isequal([1 2], [1 3])
isequal([1 2], [1; 2])
isequal('abc', 'abc')
