sprintf('%d', 1.5)
sprintf('%d', 3)
sprintf('%i|', [1 2])
