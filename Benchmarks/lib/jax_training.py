"""JAX's side of the training benchmark: the same MLP as numpy_training.py, compiled with jax.jit.

Usage: python3 jax_training.py mlp N D H K STEPS

float64 (jax_enable_x64), one jitted function per gradient-descent step, the step compiled before the
clock starts (compile time excluded, as the issue asks), the result waited for with
block_until_ready. Prints the elapsed seconds of the STEPS steps on the last line.
"""

import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402  (after the float64 switch, as JAX requires)
import numpy as np  # noqa: E402


def mlp(n: int, d: int, h: int, k: int, steps: int) -> float:
    rng = np.random.default_rng(0)
    X = jnp.asarray(rng.standard_normal((n, d)))
    y = rng.integers(0, k, n)
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1
    Y = jnp.asarray(Y)
    params = (
        jnp.asarray(rng.standard_normal((d, h)) * np.sqrt(2 / (d + h))),
        jnp.zeros((1, h)),
        jnp.asarray(rng.standard_normal((h, k)) * np.sqrt(2 / (h + k))),
        jnp.zeros((1, k)),
    )
    lr = 0.5

    def loss(p):
        W1, b1, W2, b2 = p
        a = jnp.tanh(X @ W1 + b1)
        s = a @ W2 + b2
        return -jnp.sum(Y * jax.nn.log_softmax(s, axis=1)) / n

    @jax.jit
    def step(p):
        g = jax.grad(loss)(p)
        return tuple(w - lr * dw for w, dw in zip(p, g))

    step.lower(params).compile()
    jax.block_until_ready(step(params))
    start = time.perf_counter()
    for _ in range(steps):
        params = step(params)
    jax.block_until_ready(params)
    return time.perf_counter() - start


def main() -> None:
    if sys.argv[1] != "mlp":
        raise SystemExit("usage: jax_training.py mlp N D H K STEPS")
    print(f"{mlp(*map(int, sys.argv[2:7])):.6f}")


if __name__ == "__main__":
    main()
