% expect: max_recursion_depth
function r = ping(n)
  r = pong(n);
end
function r = pong(n)
  r = ping(n);
end
ping(1)
