isequal(1, 1, 1)
isequal([], [])
isequal(zeros(0,3), [])
