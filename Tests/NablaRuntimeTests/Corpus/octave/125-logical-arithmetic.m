true + true
(3 > 2) * 5
sum([1 5 3] > 2)
