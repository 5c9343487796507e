% expect: 
1 = x
