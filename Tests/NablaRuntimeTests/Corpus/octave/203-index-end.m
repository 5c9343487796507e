A = [1 2 3; 4 5 6];
A(end,1)
A(end)
A(end,end)
A(1,end)
