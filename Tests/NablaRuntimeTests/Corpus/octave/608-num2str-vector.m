num2str([1 2 3])
num2str([1.5 2.25])
num2str(true)
