function [lo, hi, avg] = column_stats(M)
  lo = min(M);
  hi = max(M);
  avg = mean(M);
end
