x = [1 3 5 7 9 11];
c = cumsum([0 x]);
k = 3;
ma = (c(k+1:end) - c(1:end-k)) / k
