disp(NaN)
disp([1 Inf -Inf])
disp(-Inf)
