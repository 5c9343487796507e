ones(3,1)
ones(2)
2 * ones(1,3)
