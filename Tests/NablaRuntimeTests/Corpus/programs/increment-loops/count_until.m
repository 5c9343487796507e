function [n, total] = count_until(limit)
  % adds 1, 2, 3, ... until the total passes limit
  n = 0;
  total = 0;
  do
    total += ++n;
  until total > limit
end
