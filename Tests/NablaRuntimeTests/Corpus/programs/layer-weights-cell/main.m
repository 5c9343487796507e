% chained assignment into cells of matrices and structs in cells
W = init_layers([2 3 1]);
W{1}
W{2}(1, 2) = -1;
W{2}
out = forward_all(W, [1; -1])
info = {};
info{1}.name = 'hidden';
info{1}.size = size(W{1});
info{2}.name = 'output';
info{2}.size = size(W{2});
for k = 1:numel(info)
  printf('%s: %dx%d\n', info{k}.name, info{k}.size);
end
net.layer.W = W{1};
net.layer.W(2, :) = 0;
net.layer.W
