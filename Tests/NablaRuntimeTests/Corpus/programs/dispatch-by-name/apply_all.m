function out = apply_all(names, z)
  % feval by name, one row per activation
  out = zeros(numel(names), numel(z));
  for k = 1:numel(names)
    out(k, :) = feval(names{k}, z);
  end
end
