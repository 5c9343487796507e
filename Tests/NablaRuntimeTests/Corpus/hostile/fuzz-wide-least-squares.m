% expect: 3001
% Fuzz finding 7 (language, slow unit): a text of 2 302 bytes left-divided by 10 is a 1×2302
% least-squares system; its minimum-norm solution orthogonalised all 2 302 columns (13 s under
% ASan, never polling Ctrl-C). The short side's decomposition makes it one column.
x = double(['a' repmat('b', 1, 3000)]) \ 10;
disp(size(x, 1))
