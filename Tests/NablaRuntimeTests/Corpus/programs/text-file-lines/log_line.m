function log_line(file, text)
  % appends one line to a log file, opening and closing it each time
  fid = fopen(file, 'a');
  fprintf(fid, '%s\n', text);
  fclose(fid);
end
