% expect: 
x = 1:3;
x(NaN)
