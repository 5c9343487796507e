s = 'abc';
if s == 'abc'
  disp('equal')
end
if isequal(s, 'abd')
  disp('same')
else
  disp('different')
end
