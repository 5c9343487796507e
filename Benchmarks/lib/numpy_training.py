"""NumPy's side of the training benchmark: the same training as the Nabla and Octave scripts.

Usage: python3 numpy_training.py linear
       python3 numpy_training.py mlp N D H K STEPS

linear: 100 points of y = 2x + 1 + noise, batch gradient descent on the mean squared error of
        theta0 + theta1*x (lr 0.01, 1000 steps).
mlp:    N examples with D features -> H tanh units -> K softmax classes, cross-entropy loss,
        STEPS full-batch gradient-descent steps (lr 0.5), backpropagation written by hand.

Data are made before the clock starts; the timed part is the training loop only. Prints the
elapsed seconds on the last line.
"""

import sys
import time

import numpy as np


def linear() -> float:
    rng = np.random.default_rng(0)
    x = 2 * rng.random(100)
    y = 2 * x + 1 + 0.2 * rng.standard_normal(100)
    t0 = t1 = 0.0
    lr = 0.01
    start = time.perf_counter()
    for _ in range(1000):
        r = t0 + t1 * x - y
        t0 -= lr * np.mean(2 * r)
        t1 -= lr * np.mean(2 * r * x)
    return time.perf_counter() - start


def mlp(n: int, d: int, h: int, k: int, steps: int) -> float:
    rng = np.random.default_rng(0)
    X = rng.standard_normal((n, d))
    y = rng.integers(0, k, n)
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1
    W1 = rng.standard_normal((d, h)) * np.sqrt(2 / (d + h))
    b1 = np.zeros((1, h))
    W2 = rng.standard_normal((h, k)) * np.sqrt(2 / (h + k))
    b2 = np.zeros((1, k))
    lr = 0.5
    start = time.perf_counter()
    for _ in range(steps):
        a = np.tanh(X @ W1 + b1)
        s = a @ W2 + b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        ds = (p - Y) / n
        dW2 = a.T @ ds
        db2 = ds.sum(axis=0, keepdims=True)
        da = (ds @ W2.T) * (1 - a * a)
        dW1 = X.T @ da
        db1 = da.sum(axis=0, keepdims=True)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    return time.perf_counter() - start


def main() -> None:
    if sys.argv[1] == "linear":
        seconds = linear()
    else:
        n, d, h, k, steps = (int(a) for a in sys.argv[2:7])
        seconds = mlp(n, d, h, k, steps)
    print(f"{seconds:.6f}")


if __name__ == "__main__":
    main()
