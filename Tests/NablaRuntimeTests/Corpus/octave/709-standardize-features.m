X = [1 200; 2 300; 3 400];
mu = mean(X)
sigma = std(X)
Xn = (X - mu) ./ sigma
