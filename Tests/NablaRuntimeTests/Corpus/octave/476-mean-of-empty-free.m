mean(1:10)
mean([2; 4])
