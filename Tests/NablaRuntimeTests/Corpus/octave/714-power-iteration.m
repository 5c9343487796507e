A = [2 1; 1 2];
v = [1; 0];
for k = 1:50
  v = A * v;
  v = v / norm(v);
end
lambda = v' * A * v;
printf('lambda = %.6f\n', lambda);
round(v' * 1000) / 1000
