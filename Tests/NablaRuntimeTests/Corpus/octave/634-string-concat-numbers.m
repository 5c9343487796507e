['Result: ' sprintf('%.2f', 2/3)]
['a' 'b' 'c']
