x = 3; if x > 2, disp('big'), end
if x > 5, disp('huge'), else, disp('not huge'), end
