function W = init_layers(sizes)
  % one weight matrix per layer, kept in a cell array
  W = {};
  for k = 1:numel(sizes) - 1
    W{k} = zeros(sizes(k + 1), sizes(k));
    for j = 1:sizes(k)
      W{k}(:, j) = (1:sizes(k + 1))' * j / 10;
    end
  end
end
