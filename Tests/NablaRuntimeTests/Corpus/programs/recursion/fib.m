function f = fib(n)
  % Fibonacci numbers by plain recursion
  if n <= 2
    f = 1;
  else
    f = fib(n - 1) + fib(n - 2);
  end
end
