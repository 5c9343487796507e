relu = @(z) max(z, 0);
drelu = @(z) double(z > 0);
z = [-2 -0.5 0 0.5 2];
relu(z)
drelu(z)
