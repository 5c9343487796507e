1;
function n = count_args(a, b, c)
  n = nargin;
end
count_args(1)
count_args(1, 2, 3)
