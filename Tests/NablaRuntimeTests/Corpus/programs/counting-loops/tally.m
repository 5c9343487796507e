function [evens, odds] = tally(v)
  % counts the even and odd entries of v with ++ and --
  evens = 0;
  odds = 0;
  for k = 1:numel(v)
    if mod(v(k), 2) == 0
      evens++;
    else
      odds += 1;
    end
  end
end
