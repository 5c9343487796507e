% expect: 
x = À¯ 1
