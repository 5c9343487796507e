% expect: can't reshape 1x4 array to []xNaN array
reshape(1:4, [], NaN)
