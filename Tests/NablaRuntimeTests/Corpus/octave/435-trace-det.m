trace(magic(3))
det(magic(3))
det([1 2; 3 4])
det([2 0; 0 3])
