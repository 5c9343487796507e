% building file names, splitting them, and asking which file is running
[a, b, name] = read_pair('data', 'pair.txt')
hyp = sqrt(a^2 + b^2)
whoami()
mfilename
[d, n, e] = fileparts('results/run1/log.txt')
fullfile('results', 'run1', 'log.txt')
exist('data', 'dir')
exist('data/pair.txt', 'file')
