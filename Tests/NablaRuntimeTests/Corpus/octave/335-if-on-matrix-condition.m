if [1 1 0]
  disp('all true')
else
  disp('not all true')
end
if [2 3]
  disp('all nonzero')
end
if []
  disp('empty is true')
else
  disp('empty is false')
end
