% Double-quoted strings decode Octave's escapes when read; printf expands a
% single-quoted template's escapes itself, and leaves a double-quoted one alone.
disp(double("\101\x41\b\v\f\0\a\r"))
disp("say ""hi"" \"twice\"\\")
printf("a\\nb|\n")
printf('c\\nd|\n')
printf('tab:\t|\x41\101|\n')
x = sprintf("%s", "\\t");
disp(double(x))
s = ["ab"; "c\x64"]
n = numel("\x4a\x4b")
