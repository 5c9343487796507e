% expect: v = 9
% Fuzz finding 5 (LeakSanitizer): a session that called a user function was never freed.
1;
function y = sq(x)
  y = x^2;
end
sq(4)
v = sq(3)
