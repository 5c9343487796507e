names = ['x'; 'y'];
vals = [1.5 2.5];
for k = 1:2
  printf('%s = %.1f\n', names(k), vals(k));
end
