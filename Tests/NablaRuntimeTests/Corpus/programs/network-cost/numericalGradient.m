function g = numericalGradient(f, theta)
  g = zeros(size(theta));
  e = 1e-4;
  for k = 1:numel(theta)
    step = zeros(size(theta));
    step(k) = e;
    g(k) = (f(theta + step) - f(theta - step)) / (2 * e);
  end
end
