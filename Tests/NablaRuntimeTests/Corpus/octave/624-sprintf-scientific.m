sprintf('%.3e', 123456)
sprintf('%E', 0.5)
sprintf('%.2e', -0.000123)
