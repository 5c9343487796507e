% expect: 
x = '‮1'
