% calling functions by name with feval, str2func and eval
z = [-2 -0.5 0 0.5 2];
A = apply_all({'relu_fn', 'step_fn', 'abs'}, z)
f = str2func('relu_fn');
f([-1 3])
g = str2func('@(x) 2 * x + 1');
func2str(g)
g(4)
eval('h = relu_fn(-3:1:1)')
eval('bad syntax (', 'disp(''the fallback ran'')')
expr = 'sum(z .^ 2)';
total = eval(expr)
names = {'relu_fn', 'step_fn'};
for k = 1:numel(names)
  printf('%s(0.5) = %g\n', names{k}, feval(names{k}, 0.5));
end
