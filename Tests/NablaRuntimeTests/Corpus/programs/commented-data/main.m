% a data file with comment lines, loaded into a variable named after the file
load('measurements.txt');
size(measurements)
[lo, hi, avg] = column_stats(measurements(:, 2:3))
resistance = measurements(:, 2) ./ measurements(:, 3);
printf('%.2f\n', resistance);
