c = cumsum([1 2 3 4]);
c(end)
c(2:end) - c(1:end-1)
