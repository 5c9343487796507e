% expect: 
printf('%*d|\n', NaN, 5)
