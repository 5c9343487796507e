'a' + 1
'abc' - 'a'
'z' - 'a'
