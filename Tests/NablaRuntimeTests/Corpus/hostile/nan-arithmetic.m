% expect: NaN
x = [NaN Inf -Inf 0] ./ [0 0 0 0]
