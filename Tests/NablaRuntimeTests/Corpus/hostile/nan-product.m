% expect: NaN
x = NaN(3);
y = x * x
