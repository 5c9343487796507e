linspace(0, 1, 5)
linspace(1, 2, 3)
linspace(10, 0, 3)
