cos(linspace(0, pi, 5))
