"""CPython's side of the interpreter benchmark: the same plain loops as the Nabla and Octave scripts.

Usage: python3 python_loops.py scalar N      s = 0; for i = 1:N, s = s + i*2; end
       python3 python_loops.py call N        the same with a function holding an if: s = s + f(i)

Prints the elapsed seconds of the loop (time.perf_counter around it) on the last line. Written as a
student would write it in Python: a for over range, a def with an if.
"""

import sys
import time


def f(x):
    if x > 3:
        y = x - 1
    else:
        y = 2 * x
    return y


def scalar(n: int) -> float:
    start = time.perf_counter()
    s = 0
    for i in range(1, n + 1):
        s = s + i * 2
    elapsed = time.perf_counter() - start
    assert s == n * (n + 1)
    return elapsed


def call(n: int) -> float:
    start = time.perf_counter()
    s = 0
    for i in range(1, n + 1):
        s = s + f(i)
    return time.perf_counter() - start


def main() -> None:
    kind, n = sys.argv[1], int(float(sys.argv[2]))
    print(f"{scalar(n) if kind == 'scalar' else call(n):.6f}")


if __name__ == "__main__":
    main()
