repmat([1 2; 3 4], 1, 2)
repmat('ab', 1, 3)
