[r, c] = size(zeros(2,5))
[r, c] = size('hello')
