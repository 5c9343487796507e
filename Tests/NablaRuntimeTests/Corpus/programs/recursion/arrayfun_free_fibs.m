function v = arrayfun_free_fibs(n)
  v = zeros(1, n);
  for k = 1:n
    v(k) = fib(k);
  end
end
