% expect: NaN Inf -Inf
disp(sprintf('%d %f %g', NaN, Inf, -Inf))
