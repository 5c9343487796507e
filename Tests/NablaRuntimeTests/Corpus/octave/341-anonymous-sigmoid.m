sig = @(z) 1 ./ (1 + exp(-z));
sig(0)
sig([-1 0 1])
