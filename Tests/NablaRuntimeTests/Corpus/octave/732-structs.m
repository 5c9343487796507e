s.a = 1;
s.b = [1 2 3];
s.name = 'hello';
s
t.inner.x = 2;
t.inner.y = [1; 2];
t.c = {1, 'a'};
t
u = struct('a', {1, 2, 3})
u(2).a
v = struct('p', 5, 'q', 'text')
fieldnames(v)
isfield(v, 'p')
isfield(v, {'p', 'z', 'q'})
w = rmfield(v, 'p')
isstruct(v)
z = struct()
e = struct('a', {})
s2 = s;
s2.b(2) = 20;
s2.b
m(3).k = 7;
size(m)
m(1)
disp(s)
q.f = @(x) x + 1;
q
n.val = 3.14159;
n
x.m = eye(2);
x
opts = optimset('MaxIter', 50, 'GradObj', 'on')
optimget(opts, 'MaxIter')
