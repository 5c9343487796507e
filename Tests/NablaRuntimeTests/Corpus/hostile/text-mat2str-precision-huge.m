% expect: ans =
mat2str([1/3 2/3], 1e9)
