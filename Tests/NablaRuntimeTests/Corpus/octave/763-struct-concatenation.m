% Struct arrays concatenate like matrices: [] vanishes, so r = [r, s] collects records.
s.a = 1; s.b = 'x';
t.a = 2; t.b = 'y';
r = [];
for k = 1:3
  s.a = k;
  r = [r, s];
end
r
size(r)
[r.a]
q = [s; t]
size([q, q])
u.b = 'z'; u.a = 3;
v = [s, u];
fieldnames(v)
v(2)
