% expect: NaN or Inf there
W = [0 1];
gradcheck(sum(log(W)), W)
