% expect: singular
inv(NaN(3))
