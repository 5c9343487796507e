% calling functions on every element, dynamic field names, deleting struct array elements,
% linear indices and subscripts, assert, and other helpers course code leans on
words = {'gradient', 'descent', '', 'step'};
lengths = cellfun(@length, words)
empty = cellfun('isempty', words)
upperWords = cellfun(@upper, words, 'UniformOutput', false)
squares = arrayfun(@(x) x^2, [1 2; 3 4])
[mn, mx] = arrayfun(@(k) deal(k - 1, k + 1), [10 20 30])
pairs = arrayfun(@(k) [k, 2 * k], 1:3, 'UniformOutput', false);
pairs{3}
X = [1 2; 3 4; 5 6];
centred = bsxfun(@minus, X, mean(X))
scaled = bsxfun(@rdivide, X, [1 2])
cfg.alpha = 0.01;
cfg.lambda = 1;
name = 'iterations';
cfg.(name) = 400;
cfg.('alpha') = cfg.alpha * 10;
lines = summarise(cfg);
printf('%s\n', lines{:});
runs = struct('id', {1, 2, 3, 4});
runs(2) = [];
[runs.id]
runs([1 end]) = [];
size(runs)
runs.id
ind = sub2ind([3 4], [1 2 3], [2 3 4])
[r, c] = ind2sub([3 4], [4 8 12])
k = ind2sub([3 4], 5)
assert(numel(words) == 4);
assert(squares, [1 4; 9 16]);
assert(pi, 3.14159, 1e-5);
assert(100.5, 100, -0.01);
try
  assert([1 2 3], [1 2 4]);
catch
  disp('assert caught a difference');
end
p = randperm(10, 4);
[numel(p), numel(unique(p)), all(p >= 1 & p <= 10)]
Z = zeros([2 3])
O = ones([1 2]) * 7
I = eye([2 3])
rand('seed', 42);
size(rand(3, 2))
randn('state', 1);
size(randn(2))
rand('twister', 5);
F = full([1 0; 0 2])
class(argv())
S = full(sparse([1 2 2], [1 2 2], [5 6 1], 2, 3))
issparse(S)
net = struct();
layer = 'hidden';
net.(layer).W = [1 2; 3 4];
net.(layer).W(2, 1) = 30;
net.(layer).W
net.('hidden').W(2, :)
[u, i, j] = unique([3 1 3 2]);
u, i', j'
