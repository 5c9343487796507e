x = linspace(-1, 1, 9);
numel(x)
x(5)
x([1 end])
