% what a name refers to: variable, function file, script or builtin
x = 3;
kinds = [exist('x'), exist('helper_fn'), exist('setup_vars'), exist('sqrt'), exist('no_such_name')]
exist('x', 'var')
exist('helper_fn', 'var')
exist('helper_fn', 'file')
which x
p = which('helper_fn');
[~, n, e] = fileparts(p)
helper_fn(x)
