function g = sigmoid(z)
%SIGMOID the logistic function, written by the student
g = 1 ./ (1 + exp(-z));
end
