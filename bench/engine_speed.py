"""Time one training step of the engine against a lean hand-written NumPy MLP and PyTorch (CPU).

All three do the same maths in float32: dense layers with ReLU, a linear output layer, softmax
cross-entropy (mean), plain SGD.  They are interleaved in one run (engine, NumPy, torch, engine with
probes, round after round) and each figure is the median over rounds of the per-step time, so
machine noise hits all of them alike.  Ratios are what to compare; seconds depend on the machine.

    python bench/engine_speed.py           # a table
    python bench/engine_speed.py --json    # {"cases": [{"name", "engine_s", ...}]}

engine_s is the engine with probes off; engine_probes_s records every probe (both gradient norms of
every layer at every step; activation statistics and update ratios every k = probe_every = 10 steps),
and probes_overhead = engine_probes_s / engine_s - 1.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# PyTorch's OpenMP workers spin for a while after each op; in an interleaved run that spinning
# steals the cores from whatever is timed next.  Passive waiting keeps the rounds independent.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from engine.datasets import Dataset  # noqa: E402
from engine.spec import DenseSpec, Experiment, InitSpec, OptimizerSpec  # noqa: E402
from engine.trainer import Trainer  # noqa: E402

CASES = {
    "tiny": dict(sizes=[2, 16, 16, 2], batch=32),
    "deep": dict(sizes=[64] + [64] * 20 + [10], batch=64),
    "mnist-like": dict(sizes=[784, 256, 256, 10], batch=128),
    "wide": dict(sizes=[1024, 1024, 1024, 1024, 10], batch=256),
}
LR = 0.01
ROUND_TARGET_S = 0.05


def _data(sizes: list[int], batch: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = rng.standard_normal((batch, sizes[0])).astype(np.float32)
    y = rng.integers(0, sizes[-1], size=batch)
    return x, y


def make_engine(sizes: list[int], x: np.ndarray, y: np.ndarray, probes: bool) -> Trainer:
    exp = Experiment(
        layers=tuple(DenseSpec(units=u, activation="relu", init=InitSpec("he_uniform")) for u in sizes[1:-1]),
        output_init=InitSpec("xavier_uniform"), loss="cross_entropy",
        optimizer=OptimizerSpec("sgd", LR), batch_size=0, steps=10**9, epochs=None, dtype="float32",
    )
    n_classes = sizes[-1]
    ds = Dataset(x_train=x.astype(np.float64), y_train=y, x_val=x[:0], y_val=y[:0], task="classification",
                 n_inputs=sizes[0], n_classes=n_classes, n_targets=n_classes,
                 feature_names=tuple(f"x{i}" for i in range(sizes[0])),
                 class_names=tuple(str(i) for i in range(n_classes)), name="bench")
    trainer = Trainer(exp, dataset=ds, probes=probes)
    xb, yb = trainer.x_train, trainer.y_train
    return lambda: trainer.train_step(xb, yb)


def make_numpy(sizes: list[int], x: np.ndarray, y: np.ndarray):
    """The lean reference: no classes, no bookkeeping, just the maths of one SGD step."""
    rng = np.random.default_rng(0)
    ws = [(rng.standard_normal((a, b)) * np.sqrt(2.0 / a)).astype(np.float32) for a, b in zip(sizes, sizes[1:])]
    bs = [np.zeros(b, np.float32) for b in sizes[1:]]
    n = len(x)
    rows = np.arange(n)

    def step() -> float:
        hs = [x]
        for w, b in zip(ws[:-1], bs[:-1]):
            hs.append(np.maximum(hs[-1] @ w + b, 0))
        logits = hs[-1] @ ws[-1] + bs[-1]
        shifted = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        s = e.sum(axis=1, keepdims=True)
        loss = float(np.log(s[:, 0]).mean() - shifted[rows, y].mean())
        d = e / s
        d[rows, y] -= 1
        d /= n
        for i in range(len(ws) - 1, -1, -1):
            gw = hs[i].T @ d
            gb = d.sum(axis=0)
            if i:
                d = (d @ ws[i].T) * (hs[i] > 0)
            ws[i] -= LR * gw
            bs[i] -= LR * gb
        return loss

    return step


def make_torch(sizes: list[int], x: np.ndarray, y: np.ndarray):
    try:
        import torch
    except ImportError:
        return None
    torch.manual_seed(0)
    layers = []
    for a, b in zip(sizes[:-2], sizes[1:-1]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    layers.append(torch.nn.Linear(sizes[-2], sizes[-1]))
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    def step() -> float:
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xt), yt)
        loss.backward()
        opt.step()
        return loss.item()

    # PyTorch at its best: one intra-op thread is faster on small nets, all cores on big ones.
    timings = {}
    for threads in (1, os.cpu_count() or 1):
        torch.set_num_threads(threads)
        _per_step(step, 3)
        timings[threads] = _per_step(step, 10)
    best = min(timings, key=timings.get)
    step.before = lambda: torch.set_num_threads(best)
    step.threads = best
    return step


def _per_step(fn, k: int) -> float:
    t0 = time.perf_counter()
    for _ in range(k):
        fn()
    return (time.perf_counter() - t0) / k


def run_case(name: str, sizes: list[int], batch: int, rounds: int) -> dict:
    x, y = _data(sizes, batch, np.random.default_rng(1))
    impls = {"engine": make_engine(sizes, x, y, probes=False), "numpy": make_numpy(sizes, x, y),
             "torch": make_torch(sizes, x, y), "engine_probes": make_engine(sizes, x, y, probes=True)}
    impls = {k: v for k, v in impls.items() if v is not None}
    for fn in impls.values():            # warm up caches, BLAS threads and torch's allocator
        getattr(fn, "before", lambda: None)()
        _per_step(fn, 3)
    estimate = max(_per_step(fn, 3) for fn in impls.values())
    k = max(1, int(ROUND_TARGET_S / estimate))
    times: dict[str, list[float]] = {name: [] for name in impls}
    for _ in range(rounds):
        for impl, fn in impls.items():
            getattr(fn, "before", lambda: None)()
            times[impl].append(_per_step(fn, k))
    med = {impl: statistics.median(ts) for impl, ts in times.items()}
    torch_s = med.get("torch")
    return {
        "name": name, "batch": batch, "sizes": sizes, "steps_per_round": k, "rounds": rounds,
        "engine_s": med["engine"], "engine_probes_s": med["engine_probes"], "numpy_s": med["numpy"],
        "torch_s": torch_s, "torch_threads": getattr(impls.get("torch"), "threads", None),
        "engine_over_numpy": med["engine"] / med["numpy"],
        "engine_over_torch": med["engine"] / torch_s if torch_s else None,
        "probes_overhead": med["engine_probes"] / med["engine"] - 1,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--rounds", type=int, default=15, help="interleaved rounds per case (median taken)")
    p.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    args = p.parse_args(argv)
    results = [run_case(name, rounds=args.rounds, **CASES[name]) for name in args.cases]
    if args.json:
        print(json.dumps({"cases": results}, indent=2))
        return 0
    print(f"{'case':12s} {'engine':>10s} {'numpy':>10s} {'torch':>10s} {'eng/np':>7s} {'eng/torch':>9s} {'probes':>7s}")
    for r in results:
        torch_s = f"{r['torch_s'] * 1e3:8.3f}ms" if r["torch_s"] else "      n/a"
        ratio_t = f"{r['engine_over_torch']:9.2f}" if r["engine_over_torch"] else "      n/a"
        print(f"{r['name']:12s} {r['engine_s'] * 1e3:8.3f}ms {r['numpy_s'] * 1e3:8.3f}ms {torch_s} "
              f"{r['engine_over_numpy']:7.2f} {ratio_t} {r['probes_overhead']:+7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
