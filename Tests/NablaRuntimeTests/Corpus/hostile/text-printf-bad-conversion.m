% expect: 
printf('%q %', 1)
