% expect: ans = [](0x0)
zeros(-1e20)
