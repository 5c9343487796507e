% a script file run by its bare name, and functions called without parentheses
settings
banner
printf('alpha = %g, %d iterations, %d layers\n', alpha, iterations, numel(layers));
s = seed_value * 2
w = seed_value + seed_value
for i = 1:iterations
  alpha /= 2;
end
alpha
