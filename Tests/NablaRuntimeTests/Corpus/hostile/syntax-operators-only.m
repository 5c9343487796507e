% expect: 
+-*/\^'
