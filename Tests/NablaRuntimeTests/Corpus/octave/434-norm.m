norm([3 4])
norm([1 1 1 1])
norm([3; 4])
