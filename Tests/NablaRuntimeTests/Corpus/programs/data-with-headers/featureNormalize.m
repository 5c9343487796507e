function [Xn, mu, sigma] = featureNormalize(X)
  % each column to mean 0 and standard deviation 1
  mu = mean(X);
  sigma = std(X);
  Xn = (X - mu) ./ sigma;
end
