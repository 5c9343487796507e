% expect: 2600208
s = sprintf('[%-000000004087392194332429880d44446s]', 'abcdefghijklmnopqrstuvwxyz');
disp(numel(s))
