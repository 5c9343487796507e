disp(1:20)
