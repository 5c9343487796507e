"""NumPy's side of the matrix-product benchmark: the same loop as the Nabla and Octave scripts.

Usage: python3 numpy_matmul.py N REPS

Makes two random N-by-N matrices, does one untimed product (so lazy BLAS set-up and thread start are
not timed, as in the other peers' scripts), then times REPS products with time.perf_counter and prints
the elapsed seconds on one line.
"""

import sys
import time

import numpy as np


def main() -> None:
    n, reps = int(sys.argv[1]), int(sys.argv[2])
    a = np.random.rand(n, n)
    b = np.random.rand(n, n)
    c = a @ b
    start = time.perf_counter()
    for _ in range(reps):
        c = a @ b
    elapsed = time.perf_counter() - start
    del c
    print(f"{elapsed:.6f}")


if __name__ == "__main__":
    main()
