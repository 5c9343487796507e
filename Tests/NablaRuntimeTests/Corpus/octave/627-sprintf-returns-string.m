s = sprintf('%d,', 1:4);
s
s(1:end-1)
length(s)
