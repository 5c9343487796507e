function [x, iters] = run_descent(grad, x, rate, opts)
  % gradient descent controlled by an optimset struct
  tol = optimget(opts, 'TolX', 1e-6);
  max_iter = optimget(opts, 'MaxIter', 100);
  for iters = 1:max_iter
    step = rate * grad(x);
    x -= step;
    if norm(step) < tol
      break;
    end
  end
end
