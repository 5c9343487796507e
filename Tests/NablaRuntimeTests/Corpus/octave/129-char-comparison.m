'abc' == 'abc'
'abc' == 'b'
'a' < 'b'
