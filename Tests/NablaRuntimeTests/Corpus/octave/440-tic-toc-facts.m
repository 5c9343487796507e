t = tic;
x = toc(t) >= 0
