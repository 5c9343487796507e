% d/dx sin(x^2) = 2x cos(x^2)
x = 0.7;
analytic = 2 * x * cos(x ^ 2)
h = 1e-5;
numeric = (sin((x + h) ^ 2) - sin((x - h) ^ 2)) / (2 * h);
abs(numeric - analytic) < 1e-8
