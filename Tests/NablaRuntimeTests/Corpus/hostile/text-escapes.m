% expect: 
disp("\a\b\f\v\0\x41\101\q")
