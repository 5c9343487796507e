% expect: NaN is not a valid size
zeros(NaN)
