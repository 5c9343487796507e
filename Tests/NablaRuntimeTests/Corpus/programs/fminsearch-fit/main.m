% fitting a model without derivatives (fminsearch)
x = (0:5)';
y = [2.0 2.7 3.6 4.9 6.6 9.0]';
p = fminsearch(@(p) sse(p, x, y), [1 0.1]);
printf('a = %.2f, b = %.2f\n', p);
printf('error %.2f\n', sse(p, x, y));
q = fminsearch(@(v) (v(1) - 3)^2 + (v(2) + 1)^2 + 2, [0 0]);
printf('minimum near (%.2f, %.2f)\n', q);
