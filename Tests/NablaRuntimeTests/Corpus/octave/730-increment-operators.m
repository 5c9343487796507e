% ++ and -- change the variable; prefix gives the new value, postfix the old one
x = 5; y = ++x
x
x = 5; x++
x
ans
a = 1; b = a++
a
z = 4; w = --z
z
m = 7; n = -(--m)
m
q = 3 + ++m
k = 0;
while ++k <= 3
  printf('k = %d\n', k);
end
k
v = [1 2 3];
v(end)++;
v(1)--;
v
c = [1 2]; c++
c
i = 10;
do
  i--;
until i < 7
i
