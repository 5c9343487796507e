% expect: 
inv([])
