% expect: ok
s = sprintf('%.1000000000f', 1);
if numel(s) <= 100010, disp('ok'), end
