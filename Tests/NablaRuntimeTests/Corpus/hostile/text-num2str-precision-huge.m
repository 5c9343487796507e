% expect: ans =
num2str(pi, 1000000000)
