% expect: at least 8192 terms
% expand of n binomials writes 2^n terms: refused before it is built (issue #18 G).
A1 = sym(2,2); B1 = sym(2,2); A2 = sym(2,2); B2 = sym(2,2); A3 = sym(2,2); B3 = sym(2,2);
A4 = sym(2,2); B4 = sym(2,2); A5 = sym(2,2); B5 = sym(2,2); A6 = sym(2,2); B6 = sym(2,2);
A7 = sym(2,2); B7 = sym(2,2); A8 = sym(2,2); B8 = sym(2,2); A9 = sym(2,2); B9 = sym(2,2);
A10 = sym(2,2); B10 = sym(2,2); A11 = sym(2,2); B11 = sym(2,2); A12 = sym(2,2); B12 = sym(2,2);
A13 = sym(2,2); B13 = sym(2,2); A14 = sym(2,2); B14 = sym(2,2); A15 = sym(2,2); B15 = sym(2,2);
A16 = sym(2,2); B16 = sym(2,2); A17 = sym(2,2); B17 = sym(2,2); A18 = sym(2,2); B18 = sym(2,2);
A19 = sym(2,2); B19 = sym(2,2); A20 = sym(2,2); B20 = sym(2,2);
e = expand((A1+B1)*(A2+B2)*(A3+B3)*(A4+B4)*(A5+B5)*(A6+B6)*(A7+B7)*(A8+B8)*(A9+B9)*(A10+B10)*(A11+B11)*(A12+B12)*(A13+B13)*(A14+B14)*(A15+B15)*(A16+B16)*(A17+B17)*(A18+B18)*(A19+B19)*(A20+B20))
