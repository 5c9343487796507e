% expect: invalid empty index list
c = {1, 2};
c() = []
