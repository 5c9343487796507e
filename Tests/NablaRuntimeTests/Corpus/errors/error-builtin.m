error('learning rate %g is too large', 10)
