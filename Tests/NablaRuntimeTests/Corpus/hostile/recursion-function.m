% expect: max_recursion_depth
function r = down(n)
  r = down(n + 1);
end
down(1)
