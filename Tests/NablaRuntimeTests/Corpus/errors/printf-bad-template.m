printf('%', 3)
