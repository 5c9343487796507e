round(pi * 100) / 100
floor(2.999)
ceil(-0.1)
