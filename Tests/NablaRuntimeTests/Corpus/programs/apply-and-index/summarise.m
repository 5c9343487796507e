function out = summarise(s)
  % one line per field of a struct, reached by name with s.(name)
  names = fieldnames(s);
  out = cell(numel(names), 1);
  for k = 1:numel(names)
    value = s.(names{k});
    out{k} = sprintf('%s: %s', names{k}, mat2str(value));
  end
end
