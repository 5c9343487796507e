function [a, b, where] = read_pair(folder, file)
  path = fullfile(folder, file);
  v = load(path);
  a = v(1);
  b = v(2);
  [~, where, ext] = fileparts(path);
  where = [where ext];
end
