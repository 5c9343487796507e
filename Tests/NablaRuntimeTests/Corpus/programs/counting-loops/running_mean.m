function m = running_mean(v)
  m = zeros(size(v));
  total = 0;
  n = 0;
  for k = 1:numel(v)
    total += v(k);
    m(k) = total / ++n;
  end
end
