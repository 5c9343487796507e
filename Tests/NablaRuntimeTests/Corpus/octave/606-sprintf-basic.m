sprintf('%5.2f|', [1 2 3])
s = sprintf('%d', 42)
sprintf('%s=%g', 'a', 2.5)
