% expect: 
x = exp([1000 -1000 NaN])
