reshape(1:6, 2, 3)
reshape(1:6, [], 2)
reshape(1:6, [3 2])
