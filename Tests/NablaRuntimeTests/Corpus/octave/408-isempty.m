isempty([])
isempty(zeros(0,3))
isempty(0)
isempty('')
