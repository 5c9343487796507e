disp('hello')
disp("world")
disp(['ab'; 'cd'])
