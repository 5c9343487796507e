% expect: invalid empty index list
c = {1};
c{} = 7
