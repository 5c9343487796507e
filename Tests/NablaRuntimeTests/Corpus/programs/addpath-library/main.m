% functions in a folder added with addpath, then removed with rmpath
before = exist('layer_forward')
addpath('lib');
after = exist('layer_forward')
W = [1 -1; 2 0.5; -1 1];
b = [0; -1; 0.5];
x = [2; 3];
a = layer_forward(W, b, x)
rmpath('lib');
removed = exist('layer_forward')
exist('lib')
exist('lib', 'dir')
exist('main.m', 'file')
