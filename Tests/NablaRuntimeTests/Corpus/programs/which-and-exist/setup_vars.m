alpha = 1;
