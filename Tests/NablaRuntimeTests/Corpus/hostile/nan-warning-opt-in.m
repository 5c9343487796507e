% expect: warning: division by zero
warning('on', 'Octave:divide-by-zero');
x = 1 ./ [0 1];
