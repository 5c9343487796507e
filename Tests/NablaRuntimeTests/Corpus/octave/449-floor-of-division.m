floor(7 / 2)
ceil(7 / 2)
fix(-7 / 2)
floor(-7 / 2)
