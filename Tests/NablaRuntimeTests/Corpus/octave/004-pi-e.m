pi
e
