% expect: 
%{
x = 1
