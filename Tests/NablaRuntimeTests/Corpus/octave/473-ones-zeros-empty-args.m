zeros(0)
ones(2, 0)
size(zeros(0, 0))
