% expect: nonconformant
ones(3) \ ones(2, 1)
