pred = [2.5 0.0 2.1 7.8];
target = [3.0 -0.5 2.0 7.5];
mse = mean((pred - target) .^ 2)
mae = mean(abs(pred - target))
