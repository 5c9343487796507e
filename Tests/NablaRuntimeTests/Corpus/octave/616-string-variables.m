s = 'hello'
t = ['ab'; 'cd']
size(s)
size(t)
