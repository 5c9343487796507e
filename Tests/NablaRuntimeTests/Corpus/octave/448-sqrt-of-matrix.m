sqrt([1 4; 9 16])
sqrt(2)
