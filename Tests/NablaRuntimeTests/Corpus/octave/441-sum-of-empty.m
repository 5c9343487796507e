sum([])
prod([])
sum(zeros(0,3))
max([])
