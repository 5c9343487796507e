disp("line1\nline2")
s = "a\nb";
numel(s)
printf("%d\n", 5)
