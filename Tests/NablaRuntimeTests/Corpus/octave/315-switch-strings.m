op = 'mul';
switch op
  case 'add'
    r = 2 + 3
  case 'mul'
    r = 2 * 3
  otherwise
    r = 0
end
