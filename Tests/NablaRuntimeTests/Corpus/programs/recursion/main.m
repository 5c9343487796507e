% recursive function files
f = arrayfun_free_fibs(10)
m = hanoi(3, 'A', 'C', 'B')
