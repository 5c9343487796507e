% expect: invalid empty index list
A = 5;
A() = 7
