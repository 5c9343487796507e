s = 0;
for i = 1:4
  s = s + i;
endfor
while s > 5
  s = s - 5;
endwhile
if s == 0
  disp('zero')
else
  disp(s)
endif
