f = @(x) 3 * x - 1;
for k = 1:3
  printf('f(%d) = %d\n', k, f(k));
end
