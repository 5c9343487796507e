sort([3 1 2])
sort([3 1 2], 'descend')
sort([3 1; 2 4])
sort([3; 1; 2])
