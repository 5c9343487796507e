% A loop that never runs leaves its variable holding the empty value it walked.
for i = 1:0
  disp('never')
end
i
for j = zeros(0, 3)
  disp('never')
end
j
k = 5;
for k = []
end
k
for m = {}
end
m
function_result = 0;
for n = 10:-1:11
  function_result = 1;
end
n, function_result
