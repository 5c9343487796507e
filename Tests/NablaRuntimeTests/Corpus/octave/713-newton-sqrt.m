a = 2;
x = 1;
for k = 1:5
  x = (x + a / x) / 2;
  printf('%d %.10f\n', k, x);
end
abs(x - sqrt(2)) < 1e-12
