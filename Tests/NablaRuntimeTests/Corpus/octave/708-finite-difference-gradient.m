f = @(w) sum(w .^ 2) + 3 * w(1);
w = [1 2];
h = 1e-6;
g = zeros(1, 2);
for k = 1:2
  e_k = zeros(1, 2);
  e_k(k) = h;
  g(k) = (f(w + e_k) - f(w - e_k)) / (2 * h);
end
printf('%.4f %.4f\n', g);
analytic = 2 * w + [3 0]
