% expect: 
printf('%d\n', 1:3, 'abc', [])
