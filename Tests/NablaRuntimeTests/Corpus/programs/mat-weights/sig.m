function g = sig(z)
  % the logistic function, element by element
  g = 1 ./ (1 + exp(-z));
end
