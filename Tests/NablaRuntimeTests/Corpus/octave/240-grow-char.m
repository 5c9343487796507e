s = 'ab';
s(4) = 'd';
double(s)
