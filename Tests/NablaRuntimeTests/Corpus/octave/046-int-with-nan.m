[1 NaN 3]
[-1 Inf]
x = [NaN NaN]
