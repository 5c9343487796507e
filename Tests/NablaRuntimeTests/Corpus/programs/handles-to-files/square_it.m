function y = square_it(x)
  y = x .^ 2;
end
