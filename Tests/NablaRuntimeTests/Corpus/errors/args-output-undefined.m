1;
function y = f(x)
  z = x;
end
v = f(1)
