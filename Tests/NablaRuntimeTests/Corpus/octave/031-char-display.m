['ab'; 'cd']
x = 'abc'
['abc', 'def']
