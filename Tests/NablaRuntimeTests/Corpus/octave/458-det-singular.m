det([1 2; 2 4])
det(eye(3) * 2)
