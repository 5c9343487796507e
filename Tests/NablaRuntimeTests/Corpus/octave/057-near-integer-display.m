% near-integers: a scalar shows decimals, while this matrix is shown in integer format
x = 5 + 1e-12
[1 2 + 1e-12]
y = 3 - 1e-10
