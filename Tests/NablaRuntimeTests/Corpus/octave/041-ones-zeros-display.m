ones(2,3)
zeros(2)
