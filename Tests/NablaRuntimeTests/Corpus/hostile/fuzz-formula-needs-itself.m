% expect: the formula 'A' refers to itself
% Found by the fuzzer (session 2): a range in a formula is taken as a value, and
% evaluating it asked for the formula again, without end.
A := A:2;
A
