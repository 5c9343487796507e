% expect: 
disp('[2J[H')
