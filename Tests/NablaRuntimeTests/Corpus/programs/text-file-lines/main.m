% writing a results file line by line, then reading it back with fgetl, fgets and feof
results = [1 0.25; 2 0.125; 3 0.0625];
fid = fopen('results.txt', 'w');
fprintf(fid, '# epoch loss\n');
fprintf(fid, '%d %.4f\n', results');
status = fclose(fid)
fid = fopen('results.txt', 'r');
header = fgetl(fid)
total = 0;
count = 0;
while ~feof(fid)
  line = fgetl(fid);
  parts = strsplit(line, ' ');
  total = total + str2double(parts{2});
  count++;
end
fclose(fid);
count
printf('%.4f\n', total);
fid = fopen('results.txt');
first = fgets(fid);
printf('[%s]\n', first);
frewind(fid);
again = fgetl(fid)
fclose(fid);
log_line('run.log', 'started');
log_line('run.log', 'finished');
fid = fopen('run.log');
l1 = fgetl(fid)
l2 = fgetl(fid)
l3 = fgetl(fid)
at_end = feof(fid)
fclose(fid);
[fid, msg] = fopen('no-such-folder/x.txt', 'r')
fprintf(1, 'to standard output %d\n', 7);
fputs(stdout, "done\n");
fields = strsplit('a,b,,c', ',')
joined = strjoin(fields, '+')
values = str2double({'2.5', 'x', '-1e2'})
