x = 1;
%{
x = 100
this is not code
%}
#{
x = 200
#}
x
