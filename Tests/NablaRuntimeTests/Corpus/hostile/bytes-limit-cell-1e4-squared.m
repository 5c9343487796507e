% expect: limit of 1 GiB (this needs 11.9 GiB)
c = cell(1e4, 1e4)
