% expect: invalid empty index list
A = magic(3);
A() = []
