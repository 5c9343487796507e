% ++, --, += and friends inside loops of function files
[n, total] = count_until(20)
s = zeros(1, 6);
for k = 1:6
  s(k) = collatz_steps(k);
end
s
x = 10;
y = x--
x
z = --x
