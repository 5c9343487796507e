1;
function v = zero_first(v)
  v(1) = 0;
end
x = [1 2 3];
y = zero_first(x)
x
