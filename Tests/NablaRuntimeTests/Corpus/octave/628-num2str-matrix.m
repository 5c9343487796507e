num2str([1 2; 3 4])
num2str(-[1 2])
