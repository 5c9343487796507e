norm([1 2; 3 4])
norm(eye(3))
