% the smallest magnitude decides how many decimals a matrix gets
a = [0.05 1]
b = [0.09 0.5]
c = [0.1 2]
d = [0.005 1]
