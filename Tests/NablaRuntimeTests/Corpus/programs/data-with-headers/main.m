% data files with a header row (and a label column): skipped with r0, c0 as in Octave;
% read whole, a header becomes a row of zeros and a text field a zero
raw = dlmread('houses.csv')
data = csvread('houses.csv', 1, 0);
X = data(:, 1:2);
y = data(:, 3);
[Xn, mu, sigma] = featureNormalize(X);
mu
printf('%.10f\n', sigma);
theta = [ones(size(X, 1), 1) Xn] \ y;
printf('%.6f\n', theta);
scores = dlmread('scores.txt', ' ', 1, 1)
firstTwo = dlmread('houses.csv', ',', [1 0 2 1])
labels = csvread('labelled.csv', 1, 1)
whole = csvread('labelled.csv')
last = dlmread('houses.csv', ',', 5, 2)
none = dlmread('houses.csv', ',', 9, 0)
