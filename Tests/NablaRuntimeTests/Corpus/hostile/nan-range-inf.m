% expect: 
x = 1:Inf
