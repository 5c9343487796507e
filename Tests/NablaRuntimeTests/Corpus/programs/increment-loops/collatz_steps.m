function steps = collatz_steps(n)
  steps = 0;
  while n != 1
    if mod(n, 2) == 0
      n /= 2;
    else
      n *= 3;
      n += 1;
    end
    steps++;
  end
end
