labels = [2 1 3 2];
K = 3;
Y = zeros(numel(labels), K);
for i = 1:numel(labels)
  Y(i, labels(i)) = 1;
end
Y
sum(Y)
