"hello world"
s = "abc"
disp("two\nlines")
