"""The NumPy reference for LinearRegressionTests: writes linear.csv (100 points of
y = 2x + 1 + noise) and prints the losses every 100 steps and the final parameters of
batch gradient descent on the mean squared error (theta0 = theta1 = 0, lr = 0.01,
1000 steps). The test records these numbers; it does not need NumPy to run.

    python3 linear_numpy.py [--write-csv]
"""
import sys
import numpy as np

if "--write-csv" in sys.argv:
    rng = np.random.default_rng(2024)
    x = 2 * rng.random(100)
    y = 2 * x + 1 + 0.2 * rng.standard_normal(100)
    with open("linear.csv", "w") as f:
        for a, b in zip(x, y):
            f.write(f"{float(a)!r},{float(b)!r}\n")

d = np.loadtxt("linear.csv", delimiter=",")
x, y = d[:, 0], d[:, 1]
theta0 = theta1 = 0.0
lr = 0.01
for step in range(1001):
    r = theta0 + theta1 * x - y
    if step % 100 == 0:
        print(f"step {step:4d}  loss {float(np.mean(r ** 2))!r}")
    if step == 1000:
        break
    theta0 -= lr * np.mean(2 * r)
    theta1 -= lr * np.mean(2 * r * x)
print(f"theta0 {float(theta0)!r}")
print(f"theta1 {float(theta1)!r}")
