% k-means clustering in function files, data from a CSV file
X = csvread('points.csv');
centroids = [0 0; 6 6; 10 0];
for iter = 1:5
  idx = findClosest(X, centroids);
  centroids = computeCentroids(X, idx, 3);
end
idx'
centroids
