cumsum([1; 2; 3])
cumsum([0.5 0.25 0.125])
