7;
ans
ans + 1;
ans
