% expect: likely causes
W = [0 1 2];
gradcheck(sum(max(W, 1)), W)
