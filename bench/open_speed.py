"""How long opening an experiment keeps the window waiting, by network size.

Opening (File → Open, a preset, Reset) builds the experiment's trainer on the GUI thread and paints
the untrained network's pictures the visible views show: a small net's at once, a bigger one's
(over 20,000 parameters) in a background process.  For each size this times the window's runner
doing that (``TrainingRunner.reset`` with the default layout's visible pictures) against the
engine alone building the same trainer (``Trainer(experiment)``), side by side, median of
``--rounds`` interleaved rounds: the ratio is what the window adds to the engine's own work.

    python bench/open_speed.py [--rounds 5] [--json]

Target: opening any accepted experiment keeps the window waiting under ~100 ms; a net too big for
that spends its time in the engine (its weights' initialisation), which the ratio shows.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.spec import DenseSpec, InitSpec  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from workbench.presets import DEFAULT_PRESET, load_preset  # noqa: E402
from workbench.runner import TrainingRunner  # noqa: E402

SIZES = (("default preset", None, None), ("60 x 64", 60, 64), ("10 x 1024", 10, 1024), ("100 x 1024", 100, 1024))
VISIBLE_PICTURES = frozenset({"boundary"})     # the default layout's: the others sit behind tabs


def experiment(layers: int | None, units: int | None):
    base = load_preset(DEFAULT_PRESET)
    if layers is None:
        return base
    return base.replace(layers=(DenseSpec(units=units, activation="tanh", init=InitSpec("xavier_uniform")),) * layers)


def timed_ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    runner = TrainingRunner()
    runner.want_pictures(VISIBLE_PICTURES)
    rows = []
    try:
        for name, layers, units in SIZES:
            exp = experiment(layers, units)
            window, engine = [], []
            for _ in range(args.rounds):
                engine.append(timed_ms(lambda: Trainer(exp)))
                window.append(timed_ms(lambda: runner.reset(exp)))
                app.processEvents()
            parameters = sum(value.size for _, value, _ in runner._trainer.net.parameters())
            rows.append({"size": name, "parameters": parameters, "window_ms": statistics.median(window),
                         "engine_build_ms": statistics.median(engine),
                         "window_over_engine": statistics.median(window) / statistics.median(engine)})
    finally:
        runner.shutdown()
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return 0
    print("| network | parameters | window waits | engine builds the trainer | window / engine |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['size']} | {row['parameters']:,} | {row['window_ms']:.0f} ms | {row['engine_build_ms']:.0f} ms | "
              f"{row['window_over_engine']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
