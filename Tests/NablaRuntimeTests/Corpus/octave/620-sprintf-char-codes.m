sprintf('%c', 72, 105)
char([72 105])
sprintf('%s', 'abc')
