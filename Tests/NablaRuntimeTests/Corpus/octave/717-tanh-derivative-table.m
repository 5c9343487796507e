z = [-1 0 1];
t = tanh(z);
dt = 1 - t .^ 2;
for k = 1:3
  printf('z=%2d tanh=%8.5f dtanh=%7.5f\n', z(k), t(k), dt(k));
end
