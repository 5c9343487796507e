function describe(name, v)
  % prints a one-line summary of a data vector; the helpers below are private to this file
  printf('%-8s n=%d mean=%.4f spread=%.4f\n', name, numel(v), average(v), spread(v));
end

function m = average(v)
  m = sum(v) / numel(v);
end

function s = spread(v)
  d = v - average(v);
  s = sqrt(sum(d .^ 2) / (numel(v) - 1));
end
