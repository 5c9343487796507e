X = [1 0.5; 1 1.5; 1 2.5; 1 3.5];
y = [0; 0; 1; 1];
theta = [0; 0];
sig = @(z) 1 ./ (1 + exp(-z));
for it = 1:3
  h = sig(X * theta);
  grad = X' * (h - y) / 4;
  theta = theta - 0.5 * grad;
  printf('iter %d: theta = [%.5f %.5f]\n', it, theta);
end
