% expect: 
x = 1:3;
x(1.5)
