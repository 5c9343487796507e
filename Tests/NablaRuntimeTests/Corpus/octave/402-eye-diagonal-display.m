eye(3)
