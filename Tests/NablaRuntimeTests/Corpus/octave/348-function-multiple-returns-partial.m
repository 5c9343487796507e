1;
function [mn, mx, avg] = stats(v)
  mn = min(v);
  mx = max(v);
  avg = mean(v);
end
[a, b] = stats([4 2 9])
[a, b, c] = stats([4 2 9]);
c
