zeros(0,3)
z = zeros(3,0)
e1 = ones(1,0)
