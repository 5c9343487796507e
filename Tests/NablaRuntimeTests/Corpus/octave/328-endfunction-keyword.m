1;
function y = twice(x)
  y = 2 * x;
endfunction
twice([1 2])
