repmat([1 2], 2, 2)
repmat(7, 1, 3)
repmat([1; 2], 1, 2)
