x = 'zzz';
switch x
  case 'a'
    disp('a')
  case 'b'
    disp('b')
end
disp('after')
