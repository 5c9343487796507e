''
s = ''
size(s)
