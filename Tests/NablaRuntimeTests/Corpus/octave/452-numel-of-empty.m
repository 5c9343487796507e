numel([])
numel(zeros(3,0))
size([])
