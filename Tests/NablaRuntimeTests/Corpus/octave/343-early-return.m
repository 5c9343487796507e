1;
function r = first_negative(v)
  r = 0;
  for k = 1:numel(v)
    if v(k) < 0
      r = k;
      return;
    end
  end
end
first_negative([3 1 -4 -1])
first_negative([1 2])
