A = zeros(2,2);
A(:) = 1:4
