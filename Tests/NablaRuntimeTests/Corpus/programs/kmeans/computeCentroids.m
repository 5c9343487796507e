function centroids = computeCentroids(X, idx, K)
  centroids = zeros(K, columns(X));
  for k = 1:K
    centroids(k, :) = mean(X(idx == k, :), 1);
  end
end
