1;
function v = bubble(v)
  n = numel(v);
  for i = 1:n-1
    for j = 1:n-i
      if v(j) > v(j+1)
        v([j j+1]) = v([j+1 j]);
      end
    end
  end
end
bubble([5 2 9 1 5 6])
isequal(bubble([3 1 2]), sort([3 1 2]))
