% expect: ok
s = sprintf('%*d', 1e9, 1);
if numel(s) <= 100001, disp('ok'), end
