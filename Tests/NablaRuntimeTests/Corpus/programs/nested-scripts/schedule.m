function r = schedule(rate, decay, k)
  r = rate * decay ^ (k - 1);
end
