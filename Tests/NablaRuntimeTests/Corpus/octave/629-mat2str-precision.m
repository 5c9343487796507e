mat2str([1/3 2/3], 3)
mat2str(-0.5)
mat2str([])
