z = zeros({1})
