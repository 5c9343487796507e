% expect: ok
s = sprintf('%1000000000d', 1);
if numel(s) <= 100001, disp('ok'), end
