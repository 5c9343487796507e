% an options struct made by optimset and read with optimget
opts = optimset('MaxIter', 500, 'TolX', 1e-8)
opts = optimset(opts, 'Display', 'iter');
optimget(opts, 'maxiter')
optimget(opts, 'display', 'off')
[x, iters] = run_descent(@(x) 2 * (x - [1; -1]), [5; 5], 0.2, opts);
printf('x = %.6f %.6f after %d steps\n', x, iters);
