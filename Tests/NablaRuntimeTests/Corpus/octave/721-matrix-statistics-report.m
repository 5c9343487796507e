scores = [70 85 90; 60 75 95; 80 65 85];
col_means = mean(scores)
[best, who] = max(scores(:, 3))
printf('overall mean %.2f\n', mean(scores(:)));
above = sum(scores(:) > 80)
