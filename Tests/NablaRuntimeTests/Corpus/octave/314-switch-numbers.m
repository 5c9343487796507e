for n = [1 2 7]
  switch n
    case 1
      disp('one')
    case 2
      disp('two')
    otherwise
      disp('many')
  end
end
