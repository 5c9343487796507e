% expect: two dimensions
ones(3)(:, :, :, :)
