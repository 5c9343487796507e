% expect: limit of 1 GiB (this needs 119 GiB)
c = {}; c{1e9} = 1
