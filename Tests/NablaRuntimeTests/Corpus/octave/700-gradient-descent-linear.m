% fit y = w*x + b by gradient descent on fixed data
x = [1 2 3 4];
y = [3 5 7 9];
w = 0; b = 0; lr = 0.05;
for it = 1:200
  yhat = w * x + b;
  err = yhat - y;
  w = w - lr * mean(err .* x);
  b = b - lr * mean(err);
end
printf('w = %.4f, b = %.4f\n', w, b);
converged = mean((w * x + b - y) .^ 2) < 1e-3
