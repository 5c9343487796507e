num2str(pi, 8)
num2str(3.14159, '%8.3f')
num2str(2/3, 3)
