h = @sin;
h(0)
q = @sqrt;
q(16)
m = @max;
m([3 9 4])
