1;
function g = my_gcd(a, b)
  while b ~= 0
    [a, b] = deal_swap(b, mod(a, b));
  end
  g = a;
end
function [x, y] = deal_swap(p, q)
  x = p;
  y = q;
end
my_gcd(48, 18)
my_gcd(17, 5)
