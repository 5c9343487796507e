% saving variables in Octave's text format and as plain numbers, then loading them back
[W1, b1] = make_weights(3, 2);
label = 'layer one';
trained = true;
save weights.txt W1 b1 label trained
clear W1 b1 label trained
exist('W1')
load weights.txt
W1
b1
label
trained
s = load('weights.txt');
fieldnames(s)
save('-ascii', 'plain.txt', 'W1');
P = load('plain.txt')
isequal(P, W1)
only = load('weights.txt', 'b1')
