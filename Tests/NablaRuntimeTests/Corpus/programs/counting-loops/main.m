% counting with Octave's increment and compound operators inside function files
v = [3 8 5 6 10 7 2];
[e, o] = tally(v)
m = running_mean(v)
k = 0;
while k++ < 4
  printf('step %d\n', k);
end
k
scale = 2;
scale *= 3;
scale -= 1;
scale /= 4
