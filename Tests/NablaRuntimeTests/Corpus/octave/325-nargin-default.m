1;
function r = addopt(a, b)
  if nargin < 2
    b = 10;
  end
  r = a + b;
end
addopt(1)
addopt(1, 2)
