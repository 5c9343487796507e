% a literal range keeps Octave's range display; arithmetic that yields a matrix does not
a = 0:0.25:1
b = [0 0.25 0.5 0.75 1]
c = (0:4) / 4
