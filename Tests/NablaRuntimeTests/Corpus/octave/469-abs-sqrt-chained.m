sqrt(abs([-16 9]))
round(sqrt(10) * 100) / 100
