w = 5; v = 0;
grad = @(w) 2 * w;
for k = 1:5
  v = 0.9 * v - 0.1 * grad(w);
  w = w + v;
  printf('%d: w=%.5f\n', k, w);
end
