function e = sse(p, x, y)
  % sum of squared errors of an exponential model y = a * exp(b x)
  e = sum((p(1) * exp(p(2) * x) - y) .^ 2);
end
