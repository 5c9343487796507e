% expect:    3   3
% The Hessian of f_k := sigmoid(f_{k-1}).*f_{k-1} used to double its work per level (issue #18 G).
x = [0.1; 0.2; 0.3]; f0 := x;
f1 := sigmoid(f0).*f0;
f2 := sigmoid(f1).*f1;
f3 := sigmoid(f2).*f2;
f4 := sigmoid(f3).*f3;
f5 := sigmoid(f4).*f4;
f6 := sigmoid(f5).*f5;
f7 := sigmoid(f6).*f6;
f8 := sigmoid(f7).*f7;
f9 := sigmoid(f8).*f8;
f10 := sigmoid(f9).*f9;
f11 := sigmoid(f10).*f10;
f12 := sigmoid(f11).*f11;
f13 := sigmoid(f12).*f12;
f14 := sigmoid(f13).*f13;
f15 := sigmoid(f14).*f14;
f16 := sigmoid(f15).*f15;
f17 := sigmoid(f16).*f16;
f18 := sigmoid(f17).*f17;
f19 := sigmoid(f18).*f18;
f20 := sigmoid(f19).*f19;
f21 := sigmoid(f20).*f20;
f22 := sigmoid(f21).*f21;
f23 := sigmoid(f22).*f22;
f24 := sigmoid(f23).*f23;
f25 := sigmoid(f24).*f24;
f26 := sigmoid(f25).*f25;
f27 := sigmoid(f26).*f26;
f28 := sigmoid(f27).*f27;
f29 := sigmoid(f28).*f28;
f30 := sigmoid(f29).*f29;
h = hessian(sum(f30), x);
size(h)
