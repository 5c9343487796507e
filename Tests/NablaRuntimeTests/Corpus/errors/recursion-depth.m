1;
function r = down(n)
  r = down(n + 1);
end
down(1)
