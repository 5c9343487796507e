% expect: never closed
[[[[
