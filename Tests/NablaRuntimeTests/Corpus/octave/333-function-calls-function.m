1;
function y = sq(x)
  y = x .* x;
end
function d = dist(a, b)
  d = sqrt(sum(sq(a - b)));
end
dist([0 0], [3 4])
