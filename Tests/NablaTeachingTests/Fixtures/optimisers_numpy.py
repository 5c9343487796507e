"""The NumPy reference for OptimiserReferenceTests: momentum, RMSProp and Adam (and Adam
with weight decay and a cosine schedule) on a small tanh network, float64, 100 steps. (RMSProp at lr = 0.01 makes this
network oscillate chaotically near the minimum, so rounding differences grow; 0.005 does not.)
Prints the loss every 10 steps and the parameters at the end, in full precision; the
test records these numbers, so it does not need NumPy to run.

    python3 optimisers_numpy.py
"""
import numpy as np

X = np.array([[0.5, -1.0, 1.5, 2.0, -0.5, 0.0, 1.0, -2.0],
              [1.0, 0.5, -1.0, 0.0, 2.0, -1.5, 0.5, 1.0]])
y = np.array([[1.0, 0.0, 0.5, 1.5, -1.0, 0.5, 1.0, -0.5]])
start = {
    "W1": np.array([[0.1, -0.2], [0.4, 0.3], [-0.5, 0.2]]),
    "b1": np.array([[0.1], [-0.1], [0.2]]),
    "W2": np.array([[0.3, -0.1, 0.2]]),
    "b2": np.array([[0.1]]),
}
names = ["W1", "b1", "W2", "b2"]


def loss_and_grads(p):
    h = np.tanh(p["W1"] @ X + p["b1"])
    a = p["W2"] @ h + p["b2"]
    r = a - y
    n = r.size
    loss = float(np.mean(r ** 2))
    da = 2.0 / n * r
    dh = (p["W2"].T @ da) * (1 - h ** 2)
    return loss, {"W2": da @ h.T, "b2": da.sum(axis=1, keepdims=True),
                  "W1": dh @ X.T, "b1": dh.sum(axis=1, keepdims=True)}


def run(method, lr, steps=100, lam=0.0, cosine=False, mu=0.9, b1=0.9, b2=0.999, rho=0.9, eps=1e-8):
    p = {k: v.copy() for k, v in start.items()}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(v) for k, v in p.items()}
    losses = []
    for t in range(steps + 1):
        loss, g = loss_and_grads(p)
        losses.append(loss)
        if t == steps:
            break
        eta = lr * (0.5 * (1 + np.cos(np.pi * t / steps)) if cosine else 1.0)
        for k in names:
            gk = g[k] + lam * p[k] if lam else g[k]
            if method == "momentum":
                m[k] = mu * m[k] - eta * gk
                p[k] = p[k] + m[k]
            elif method == "rmsprop":
                v[k] = rho * v[k] + (1 - rho) * (gk * gk)
                p[k] = p[k] - eta * gk / (np.sqrt(v[k]) + eps)
            elif method == "adam":
                m[k] = b1 * m[k] + (1 - b1) * gk
                v[k] = b2 * v[k] + (1 - b2) * (gk * gk)
                mhat = m[k] / (1 - b1 ** (t + 1))
                vhat = v[k] / (1 - b2 ** (t + 1))
                p[k] = p[k] - eta * mhat / (np.sqrt(vhat) + eps)
    return losses, p


cases = [
    ("momentum", dict(method="momentum", lr=0.05)),
    ("rmsprop", dict(method="rmsprop", lr=0.005)),
    ("adam", dict(method="adam", lr=0.01)),
    ("adam-decay-cosine", dict(method="adam", lr=0.05, lam=0.01, cosine=True)),
]
for name, kw in cases:
    losses, p = run(**kw)
    print(f"case {name}")
    print("losses " + " ".join(repr(float(x)) for x in losses[::10]))
    for k in names:
        print(k + " " + " ".join(repr(float(x)) for x in p[k].flatten(order="F")))
