A = [1 2; 3 4];
printf('%d %d\n', A')
printf('[%g]', A);
printf('\n');
