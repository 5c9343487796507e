sigmoid = @(z) 1 ./ (1 + exp(-z));
Z = [-2 -1 0; 1 2 3];
S = sigmoid(Z)
dS = S .* (1 - S)
