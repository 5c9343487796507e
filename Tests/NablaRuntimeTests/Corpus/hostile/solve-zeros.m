% expect: singular to machine precision
inv(zeros(3))
