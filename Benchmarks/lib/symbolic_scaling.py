"""Derivative size and time against network depth, for Nabla and (where it can) SymPy.

For L = 1, 2, 4, ..., 64 sigmoid layers with an MSE loss, Nabla derives grad(Loss, W1) in its own
language (timed with tic/toc inside the run, so start-up is excluded) and prints it; the printed
size is the length of that text. SymPy gets the same network written entry by entry with 2x2
weights (its matrix calculus cannot differentiate through element-wise sigmoid of matrix symbols);
once one depth takes more than 5 s, deeper ones are not attempted. A least-squares fit of log(size) and log(time) against log(L)
gives the growth exponents (1 means linear).

Usage: symbolic_scaling.py NABLA_BINARY [--no-sympy]
"""
import json
import math
import subprocess
import sys
import time

DEPTHS = [1, 2, 4, 8, 16, 32, 64]


def network_script(layers, reps):
    lines = ["x = sym(4, 1); y = sym(4, 1);"]
    previous = "x"
    for k in range(1, layers + 1):
        lines.append(f"W{k} = sym(4, 4); b{k} = sym(4, 1);")
        lines.append(f"z{k} := W{k}*{previous} + b{k};")
        lines.append(f"a{k} := sigmoid(z{k});")
        previous = f"a{k}"
    lines.append(f"Loss := mse({previous}, y);")
    # The best of five timed loops: the machine's other work only ever adds time.
    lines.append(f"s = Inf; for trial = 1:5, t = tic; for k = 1:{reps}, g = grad(Loss, W1); end; s = min(s, toc(t) / {reps}); end")
    lines.append("printf('%.9f\\n', s);")
    lines.append("grad(Loss, W1)")
    return "\n".join(lines)


def nabla_point(binary, layers):
    reps = max(10, 400 // layers)
    run = subprocess.run([binary, "--json", "-e", network_script(layers, reps)],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        raise RuntimeError(run.stderr.strip().splitlines()[0] if run.stderr else "nabla failed")
    seconds, text = None, None
    for line in run.stdout.splitlines():
        item = json.loads(line)
        if "output" in item:
            seconds = float(item["output"])
        elif item.get("name") == "ans":
            text = item.get("symbolic") or item["text"]
    return seconds, len(text.strip())


def sympy_point(layers, budget):
    import sympy as sp
    n = 2
    x = sp.Matrix(sp.symbols(f"x0:{n}"))
    y = sp.Matrix(sp.symbols(f"y0:{n}"))
    weights = []
    a = x
    start = time.perf_counter()
    for k in range(layers):
        W = sp.Matrix(n, n, sp.symbols(f"w{k}_0:{n * n}"))
        b = sp.Matrix(sp.symbols(f"b{k}_0:{n}"))
        weights.append(W)
        z = W * a + b
        a = z.applyfunc(lambda t: 1 / (1 + sp.exp(-t)))
        if time.perf_counter() - start > budget:
            return None
    loss = sum(((a - y).applyfunc(lambda t: t ** 2))) / n
    grad = weights[0].applyfunc(lambda w: sp.diff(loss, w))
    seconds = time.perf_counter() - start
    if seconds > budget:
        return None
    return seconds, len(str(grad))


def exponent(points):
    xs = [math.log(l) for l, _ in points]
    ys = [math.log(v) for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((a - mx) * (b - my) for a, b in zip(xs, ys))
    den = sum((a - mx) ** 2 for a in xs)
    return num / den if den else float("nan")


def main():
    binary = sys.argv[1]
    with_sympy = "--no-sympy" not in sys.argv
    print(f"   {'layers':>6} {'nabla ms':>10} {'nabla chars':>12} {'chars/layer':>12} {'sympy ms':>10} {'sympy chars':>12}")
    sizes, times = [], []
    sympy_gave_up = False
    for layers in DEPTHS:
        seconds, size = nabla_point(binary, layers)
        sizes.append((layers, size))
        times.append((layers, seconds))
        sympy_cells = ("skipped", "-")
        if with_sympy and sympy_gave_up:
            sympy_cells = ("gave up", "-")
        elif with_sympy:
            try:
                result = sympy_point(layers, budget=20.0)
                sympy_cells = ("> 20 s", "-") if result is None else (f"{result[0] * 1000:.1f}", str(result[1]))
                # Each doubling of depth costs SymPy far more than double: stop before a run takes minutes.
                sympy_gave_up = result is None or result[0] > 5.0
            except ImportError:
                sympy_cells = ("no sympy", "-")
        print(f"   {layers:>6} {seconds * 1000:>10.3f} {size:>12} {size / layers:>12.1f} {sympy_cells[0]:>10} {sympy_cells[1]:>12}")
    print(f"   fitted growth exponent: size {exponent(sizes):.2f}, time {exponent(times[2:]):.2f} (1 = linear; time fit from L = 4)")
    eight = dict(times)[8] * 1000
    per_layer = max(s / l for l, s in sizes)
    print(f"   L = 8: {eight:.2f} ms (target < 10 ms: {'met' if eight < 10 else 'not met'}); "
          f"largest chars per layer {per_layer:.0f} (target about <= 120: {'met' if per_layer <= 120 else 'not met'})")


if __name__ == "__main__":
    main()
