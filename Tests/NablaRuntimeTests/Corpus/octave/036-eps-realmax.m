eps
realmax
realmin
