a = 1; bb = 2; some_long_name = 3; x = 'q';
who
a1 = 1; b = 2; c = 3; d = 4; e = 5; f = 6; g = 7; h = 8; i1 = 9; j1 = 10; k = 11; l = 12; m = 13; n = 14;
o = 15; p = 16; q = 17; r = 18; s = 19; t = 20; u = 21; v = 22; w = 23; y = 25; zz_long_name_here = 26;
who
clear all
Zeta = 1; alpha = 2; B_ = 3;
who
