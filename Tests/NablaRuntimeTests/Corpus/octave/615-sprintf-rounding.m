sprintf('%.0f', 2.5)
sprintf('%.0f', 3.5)
sprintf('%.2f', 1.005)
sprintf('%.3f', -0.0005)
