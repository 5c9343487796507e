cumsum(1:5)
cumsum([1 2; 3 4])
cumsum([1 2; 3 4], 2)
