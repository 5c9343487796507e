zeros(2)
zeros(2,3)
zeros(1,4)
zeros([2 1])
