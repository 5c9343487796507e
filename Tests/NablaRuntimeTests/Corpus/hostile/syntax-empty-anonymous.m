% expect: 
f = @() ;
