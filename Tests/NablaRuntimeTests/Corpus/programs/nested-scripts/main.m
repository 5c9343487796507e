% a script that runs another script; both set variables in this workspace
load_defaults
printf("%g %g %d\n", rate, decay, steps);
for k = 1:steps
  printf('step %d: rate %.4f\n', k, schedule(rate, decay, k));
end
exist('decay')
