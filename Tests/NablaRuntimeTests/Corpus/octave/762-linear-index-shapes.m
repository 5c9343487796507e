% One subscript: a(:) is a column, a vector keeps its orientation, anything else takes the index's shape.
% The rule is the same for matrices, cell arrays and struct arrays.
c = {1, 2, 3; 4, 5, 6};
size(c(:))
size(c([1 2 3]))
size(c([1; 2]))
e = {1, 2, 3};
size(e(:))
size(e(:)')
size(e([1; 2]))
size(e([1 2; 3 1]))
x = [];
size(x(:))
x = zeros(1, 0);
size(x(:))
x = zeros(0, 3);
size(x(:))
size({}(:))
s(1).a = 1; s(2).a = 2; s(3).a = 3;
size(s(:))
size(s([1; 2]))
y = 5;
size(y([1 1; 1 1]))
