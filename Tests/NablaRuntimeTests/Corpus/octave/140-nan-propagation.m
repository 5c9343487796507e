NaN + 1
[1 NaN] * 2
max(NaN, 1)
