X = [0 0; 0 1; 1 0; 1 1];
t = [0; 0; 0; 1];
w = [0; 0]; b = 0;
for epoch = 1:10
  for k = 1:4
    yk = (X(k, :) * w + b) > 0;
    w = w + (t(k) - yk) * X(k, :)';
    b = b + (t(k) - yk);
  end
end
w
b
predictions = (X * w + b > 0)'
