magic(3)
magic(4)
