% compound assignment operators apply the operator to the old value
x = 3; x += 2
x -= 1
x *= [1 2]
x /= 2
A = [1 2; 3 4]; A *= A
A .*= 2
A ./= [2 4; 5 10]
p = 2; p ^= 3
p .^= 2
p \= 8
v = [1 2 3]; v(2) += 10
v(end) *= 3
t = 0;
for k = 1:5
  t += k^2;
end
t
s = 'ab'; s += 1
