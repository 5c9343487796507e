% a course's trained weights in a compressed MATLAB file (save -v7) and its inputs in a
% plain one (save -v6), both written by Octave; integer and single classes read as numbers
load('weights.mat');
data = load('inputs.mat');
size(Theta1)
size(Theta2)
X = data.X;
y = double(data.y)';
mu = double(data.mu)
[p, h2] = predict(Theta1, Theta2, X);
p'
printf('%.12f %.12f\n', h2');
accuracy = mean(p' == y) * 100
names = fieldnames(data)'
load inputs.mat X
X(end, :)
