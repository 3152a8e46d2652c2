"""Sweep throughput: runs per second on the local process pool with 1 and 2 workers, and on a Dask
LocalCluster with the same 2 workers, measured side by side.

Every measurement runs the same sweep (``--runs`` runs, each calibrated to take about
``--run-seconds`` when trained alone) into a fresh folder, through ``workbench.sweep_executor``
exactly as ``backprop-workbench sweep`` does.  The three executors are interleaved round after
round (pool 1, pool 2, Dask 2, ...) and each figure is the median over rounds, so machine noise
hits all of them alike.  Throughput counts from the moment the workers are ready (the first run
handed out) to the moment the last row comes in: starting the pool or the cluster and shutting it
down are reported on their own (``*_startup_s``, ``*_shutdown_s``), as they are paid once per
sweep, not per run.  ``rates_by_round`` keeps every round's figure, to show the noise.

    python bench/sweep_speed.py            # a table
    python bench/sweep_speed.py --json     # runs_per_s_1_worker, runs_per_s_2_workers, scaling_2_workers,
                                           # dask_local_over_pool, ...
    python bench/sweep_speed.py --quick    # a short check that it works (2 rounds of short runs)

Targets: scaling_2_workers >= 1.7 on two cores for runs of ~1 s; dask_local_over_pool >= 0.85.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.sweep import parse_sweep  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from workbench.sweep_executor import LOCAL_CLUSTER, SweepExecution  # noqa: E402

BASE = {"name": "sweep bench", "data": {"name": "spirals", "n_samples": 600, "noise": 0.1},
        "layers": [{"units": 64, "activation": "relu", "init": {"name": "he_normal"}}] * 3,
        "loss": "cross_entropy", "optimizer": {"name": "sgd", "lr": 0.05}, "batch_size": 32}
CALIBRATION_STEPS = 300


def steps_for(run_seconds: float) -> int:
    """Steps that take about ``run_seconds`` for one run trained alone here (probes on, as in a sweep)."""
    exp = parse_sweep({"base": {**BASE, "steps": CALIBRATION_STEPS}, "grid": {"batch_size": [32]}}).base
    trainer = Trainer(exp)
    start = time.perf_counter()
    trainer.run()
    per_step = (time.perf_counter() - start) / CALIBRATION_STEPS
    return max(10, round(run_seconds / per_step))


def measure(sweep_data: dict, workers: int, scheduler: str | None) -> tuple[float, float, float]:
    """(runs per second from workers ready to the last row, seconds until the workers were ready,
    seconds to shut them down after the last row)."""
    out = Path(tempfile.mkdtemp(prefix="sweep-bench-"))
    try:
        execution = SweepExecution(parse_sweep(sweep_data), out, workers=workers, scheduler=scheduler)
        start = time.monotonic()
        rows = execution.run()
        bad = [row for row in rows.values() if row["status"] != "finished"]
        if bad:
            raise RuntimeError(f"a bench run did not finish: {bad[0]}")
        return (len(rows) / (execution.last_row_at - execution.submitted_at), execution.submitted_at - start,
                execution.ended_at - execution.last_row_at)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=12, help="runs per measurement (default 12)")
    p.add_argument("--run-seconds", type=float, default=1.0, help="length of one run alone (default 1 s)")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    p.add_argument("--quick", action="store_true", help="2 rounds of 6 runs of 0.3 s: does it work?")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    if args.quick:
        args.runs, args.run_seconds, args.rounds = 6, 0.3, 2
    steps = steps_for(args.run_seconds)
    sweep_data = {"name": "sweep bench", "base": {**BASE, "steps": steps}, "grid": {"batch_size": [32]}, "seeds": args.runs}
    executors = {"pool_1": (1, None), "pool_2": (2, None), "dask_2": (2, LOCAL_CLUSTER)}
    rates: dict[str, list[float]] = {name: [] for name in executors}
    startups: dict[str, list[float]] = {name: [] for name in executors}
    shutdowns: dict[str, list[float]] = {name: [] for name in executors}
    for _ in range(args.rounds):
        for name, (workers, scheduler) in executors.items():
            rate, startup, shutdown = measure(sweep_data, workers, scheduler)
            rates[name].append(rate)
            startups[name].append(startup)
            shutdowns[name].append(shutdown)
    median = {name: statistics.median(values) for name, values in rates.items()}
    result = {
        "runs": args.runs, "steps_per_run": steps, "run_seconds": args.run_seconds, "rounds": args.rounds,
        "runs_per_s_1_worker": median["pool_1"],
        "runs_per_s_2_workers": median["pool_2"],
        "runs_per_s_dask_local_2_workers": median["dask_2"],
        "scaling_2_workers": median["pool_2"] / median["pool_1"],
        "dask_local_over_pool": median["dask_2"] / median["pool_2"],
        "pool_startup_s": statistics.median(startups["pool_2"]),
        "dask_local_startup_s": statistics.median(startups["dask_2"]),
        "pool_shutdown_s": statistics.median(shutdowns["pool_2"]),
        "dask_local_shutdown_s": statistics.median(shutdowns["dask_2"]),
        "rates_by_round": {name: [round(rate, 3) for rate in values] for name, values in rates.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.runs} runs of {steps} steps (~{args.run_seconds:g} s each alone), median of {args.rounds} rounds")
    print(f"  local pool, 1 worker   {result['runs_per_s_1_worker']:.3f} runs/s")
    print(f"  local pool, 2 workers  {result['runs_per_s_2_workers']:.3f} runs/s   "
          f"scaling {result['scaling_2_workers']:.2f} (target >= 1.7)")
    print(f"  Dask LocalCluster, 2   {result['runs_per_s_dask_local_2_workers']:.3f} runs/s   "
          f"over the pool {result['dask_local_over_pool']:.2f} (target >= 0.85)")
    print(f"  start-up: pool {result['pool_startup_s']:.2f} s, LocalCluster {result['dask_local_startup_s']:.2f} s; "
          f"shutdown: pool {result['pool_shutdown_s']:.2f} s, LocalCluster {result['dask_local_shutdown_s']:.2f} s")
    for name, values in result["rates_by_round"].items():
        print(f"  {name} by round: {', '.join(f'{rate:.3f}' for rate in values)} runs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
