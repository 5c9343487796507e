printf('%d: %s\n', 3, 'abc')
printf('%s and %s\n', 'x', 'y')
