% expect: 
x = function
