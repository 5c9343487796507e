% expect: 
x = NaN:3
