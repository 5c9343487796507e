function s = seed_value
  s = 7;
end
