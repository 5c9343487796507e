function banner
  % a function with no arguments, called without parentheses
  disp('--- training ---');
end
