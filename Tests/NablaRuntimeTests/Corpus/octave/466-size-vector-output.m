sz = size(magic(3))
sz(1) * sz(2)
