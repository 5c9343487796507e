p = [0.9 0.2 0.7];
y = [1 0 1];
loss = -mean(y .* log(p) + (1 - y) .* log(1 - p))
printf('%.6f\n', loss);
