1;
function y = sq(x)
  y = x^2;
end
sq(4)
v = sq(3)
