"""How long opening an experiment keeps the window waiting, by network size.

Opening (File → Open, a preset, Reset) checks the experiment on the GUI thread and shows its
untrained network.  A small net's trainer (up to ``BUILD_INLINE_PARAMETERS``) is built there at
once; a bigger one's weights would keep the window waiting, so it is built in a background process
and its frame follows (the window says "Building the network…" meanwhile).  The pictures the
visible views show are painted at once for a net up to 20,000 parameters, in the background above.

For each size this times, side by side, median of ``--rounds`` interleaved rounds:

- ``window waits``: what File → Open keeps the GUI thread busy for (``build_problem``, then
  ``TrainingRunner.reset`` with the default layout's visible pictures): the target is < ~100 ms;
- ``complete after``: until the window has the untrained network's frame with those pictures
  (events processed meanwhile, as the window's event loop would);
- ``Run waits``: what pressing Run then keeps the GUI thread busy for (``TrainingRunner.start``);
- ``engine builds``: the engine alone building the same trainer (``Trainer(experiment)``), the
  work a window that built it on the GUI thread would wait for.

    python bench/open_speed.py [--rounds 5] [--json]
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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.spec import DenseSpec, InitSpec  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from workbench.main_window import build_problem  # noqa: E402
from workbench.presets import DEFAULT_PRESET, load_preset  # noqa: E402
from workbench.runner import TrainingRunner  # noqa: E402

SIZES = (("default preset", None, None), ("60 x 64", 60, 64), ("10 x 1024", 10, 1024), ("100 x 1024", 100, 1024))
VISIBLE_PICTURES = frozenset({"boundary"})     # the default layout's: the others sit behind tabs
COMPLETE_TIMEOUT_MS = 60_000


def experiment(layers: int | None, units: int | None):
    base = load_preset(DEFAULT_PRESET)
    if layers is None:
        return base
    return base.replace(layers=(DenseSpec(units=units, activation="tanh", init=InitSpec("xavier_uniform")),) * layers)


def timed_ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


class Opening:
    """Opens experiments in a runner as File → Open does and times it."""

    def __init__(self, runner: TrainingRunner):
        self.runner = runner
        self.complete = False
        self.loop = QEventLoop()
        runner.frame.connect(self._frame)

    def _frame(self, frame) -> None:
        if frame.status == "idle" and VISIBLE_PICTURES & frame.picture_names <= set(frame.pictures):
            self.complete = True
            self.loop.quit()

    def open(self, exp) -> tuple[float, float]:
        """(ms the GUI thread was busy opening, ms until the complete untrained frame)."""
        self.complete = False
        start = time.perf_counter()

        def open_as_file_open() -> None:
            problem = build_problem(exp)
            if problem is not None:
                raise SystemExit(f"cannot open the bench's experiment: {problem}")
            self.runner.reset(exp)

        waited = timed_ms(open_as_file_open)
        if not self.complete:
            QTimer.singleShot(COMPLETE_TIMEOUT_MS, self.loop.quit)
            self.loop.exec()
        if not self.complete:
            raise SystemExit(f"no complete frame within {COMPLETE_TIMEOUT_MS} ms")
        return waited, (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    runner = TrainingRunner()
    runner.want_pictures(VISIBLE_PICTURES)
    opening = Opening(runner)
    rows = []
    try:
        for name, layers, units in SIZES:
            exp = experiment(layers, units)
            window, complete, run, engine = [], [], [], []
            for _ in range(args.rounds):
                engine.append(timed_ms(lambda: Trainer(exp)))
                waited, done = opening.open(exp)
                window.append(waited)
                complete.append(done)
                run.append(timed_ms(lambda: runner.start(exp)))
                runner.shutdown()
                app.processEvents()
            rows.append({"size": name, "parameters": runner.parameters, "window_ms": statistics.median(window),
                         "complete_ms": statistics.median(complete), "run_ms": statistics.median(run),
                         "engine_build_ms": statistics.median(engine),
                         "window_over_engine": statistics.median(window) / statistics.median(engine)})
    finally:
        runner.shutdown()
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return 0
    print("| network | parameters | window waits (File → Open) | complete after | Run waits | engine builds "
          "the trainer | window / engine |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['size']} | {row['parameters']:,} | {row['window_ms']:.0f} ms | {row['complete_ms']:.0f} ms | "
              f"{row['run_ms']:.0f} ms | {row['engine_build_ms']:.0f} ms | {row['window_over_engine']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
