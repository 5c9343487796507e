sum([true true false])
mean([1 2 3] > 1)
