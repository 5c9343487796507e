if true
  x = 1;
