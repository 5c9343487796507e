printf('[%6s]\n', 'ab')
printf('[%-6s]\n', 'ab')
printf('[%.2s]\n', 'abcdef')
