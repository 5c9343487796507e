prod(1:5)
prod(1:10)
