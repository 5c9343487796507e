function idx = findClosest(X, centroids)
  idx = zeros(rows(X), 1);
  for i = 1:rows(X)
    d = sum((centroids - X(i, :)) .^ 2, 2);
    [~, idx(i)] = min(d);
  end
end
