% a script: sets variables in the caller's workspace
alpha = 0.01;
iterations = 3;
layers = [2 4 1];
