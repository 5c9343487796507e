% expect: ans = 2097152
f = @(x) x + x;
g1 = @(x) f(x) .* f(x); g2 = @(x) g1(x) + g1(x); g3 = @(x) g2(x) + g2(x); g4 = @(x) g3(x) + g3(x);
g5 = @(x) g4(x) + g4(x); g6 = @(x) g5(x) + g5(x); g7 = @(x) g6(x) + g6(x); g8 = @(x) g7(x) + g7(x);
g9 = @(x) g8(x) + g8(x); g10 = @(x) g9(x) + g9(x); g11 = @(x) g10(x) + g10(x); g12 = @(x) g11(x) + g11(x);
g13 = @(x) g12(x) + g12(x); g14 = @(x) g13(x) + g13(x); g15 = @(x) g14(x) + g14(x); g16 = @(x) g15(x) + g15(x);
g17 = @(x) g16(x) + g16(x); g18 = @(x) g17(x) + g17(x); g19 = @(x) g18(x) + g18(x); g20 = @(x) g19(x) + g19(x);
w = 0.5;
L := g20(w);
grad(L, w)
