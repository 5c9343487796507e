round(-2.5)
round(2.5)
round(0.4999)
