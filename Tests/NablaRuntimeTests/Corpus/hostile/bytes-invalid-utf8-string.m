% expect: 
s = 'Ã( ¡'
numel(s)
