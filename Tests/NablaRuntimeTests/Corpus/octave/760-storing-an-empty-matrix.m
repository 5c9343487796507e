% Only a final (…) deletes; a field or a cell element set to [] holds an empty matrix.
s.a = 1;
s.m = [];
s
c = {1, 2};
c{1} = []
x.y.z = 3;
x.y.z = [];
x.y
v = [1 2 3];
v(2) = []
