% handles to function files passed to other function files
apply_twice(@square_it, 3)
apply_twice(@(t) t + 10, 1)
h = compose(@square_it, @(x) x - 1);
h([1 2 3])
k = @square_it;
k(5)
class(k)
func2str(k)
