for i = 1:3, printf('%d', i); end, printf('\n');
