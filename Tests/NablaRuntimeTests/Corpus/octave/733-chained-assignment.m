c = {zeros(2), ones(2)};
c{2}(:, 1) = [5; 6];
c{2}
c{3}(2) = 4;
c{3}
s.f = [1 2 3];
s.f(2) = 20;
s.f
d = {};
d{2}.name = 'b';
d{2}
class(d{1})
s.a.b = 1;
s.a.c = 'x';
s.a
s.a.b += 5;
s.a.b
p(2).w = [1 2];
p(1).w = 3;
p(2).w(3) = 9;
p(2)
[p.w]
q = {p.w}
n = numel(p)
size(p)
for k = 1:numel(p)
  printf('%d: %s\n', k, mat2str(p(k).w));
end
t = struct('x', {10, 20});
t(2).x
t(1)
isempty(struct())
r = p(2);
r.w
