% expect: 
s = 'â‚'
