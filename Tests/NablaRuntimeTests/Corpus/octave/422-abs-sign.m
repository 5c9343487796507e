abs([-1.5 0 2])
sign([-3 0 4])
abs(-7)
