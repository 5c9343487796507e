true && false
false || true
x = 0;
x ~= 0 && 1/x > 1
x == 0 || undefined_name_never_evaluated
