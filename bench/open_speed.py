"""How long opening an experiment keeps the window waiting, by network size and by data size.

Opening (File → Open, a preset, Reset) checks the experiment on the GUI thread and shows its
untrained network.  A small net's trainer (up to ``BUILD_INLINE_PARAMETERS``) on data quick to load
is built there at once; a bigger one's weights, or data slow to load (``engine.datasets.quick_to_load``:
a million generated points, a CSV file of megabytes), would keep the window waiting, so the network
is built (and its data loaded) in a background process and its frame follows (the window says
"Building the network…" / "Loading the data…" meanwhile; a big CSV file is first read in the
background by the experiment's state, which finds its problems, then built).  The pictures the
visible views show are painted at once for a net up to 20,000 parameters, in the background above.

For each row this times, side by side, median of ``--rounds`` interleaved rounds:

- ``window waits``: what File → Open keeps the GUI thread busy for (``build_problem``, the
  experiment's state loading it, the layer editor's widths from ``state.data_shape()``, then
  ``TrainingRunner.reset`` with the default layout's visible pictures, at once or once a big file
  was read): the target is < ~100 ms;
- ``complete after``: until the window has the untrained network's frame with those pictures
  (events processed meanwhile, as the window's event loop would);
- ``Run waits``: what pressing Run then keeps the GUI thread busy for (``TrainingRunner.start``);
- ``engine``: for the network rows the engine alone building the same trainer (``Trainer(experiment)``),
  for the data rows the engine loading the same data (``load_dataset``): the work a window that did
  it on the GUI thread would wait for.

The scikit-learn row opens the iris set in a fresh process each round (the first real set of a
session; the engine's figure is a fresh process loading it, and ``sklearn_loader_ms`` what
scikit-learn's own loader took there, importing scikit-learn, which the window used to wait for).

    python bench/open_speed.py [--rounds 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine import limits  # noqa: E402
from engine.datasets import load_dataset  # noqa: E402
from engine.spec import DataSpec, DenseSpec, InitSpec  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from workbench.main_window import build_problem  # noqa: E402
from workbench.presets import DEFAULT_PRESET, load_preset  # noqa: E402
from workbench.runner import TrainingRunner  # noqa: E402
from workbench.state import ExperimentState  # noqa: E402

SIZES = (("default preset", None, None), ("60 x 64", 60, 64), ("10 x 1024", 10, 1024), ("100 x 1024", 100, 1024))
VISIBLE_PICTURES = frozenset({"boundary"})     # the default layout's: the others sit behind tabs
COMPLETE_TIMEOUT_MS = 120_000
CSV_FEATURES = 9                               # and a label column: rows of ten numbers, as limits.MAX_CSV_BYTES says


def experiment(layers: int | None, units: int | None):
    base = load_preset(DEFAULT_PRESET)
    if layers is None:
        return base
    return base.replace(layers=(DenseSpec(units=units, activation="tanh", init=InitSpec("xavier_uniform")),) * layers)


def write_big_csv(path: Path) -> None:
    """A classification file of CSV_FEATURES numbers and a label per row, just under MAX_CSV_BYTES."""
    import numpy as np

    rng = np.random.default_rng(0)
    header = ",".join([f"f{i}" for i in range(CSV_FEATURES)] + ["label"]) + "\n"
    block = 10_000
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        size = len(header)
        while True:
            x, labels = rng.normal(size=(block, CSV_FEATURES)), rng.integers(0, 3, size=block)
            lines = "".join(",".join(f"{v:.6f}" for v in row) + f",{label}\n" for row, label in zip(x, labels))
            if size + len(lines) > limits.MAX_CSV_BYTES:
                lines = lines[:lines.rfind("\n", 0, limits.MAX_CSV_BYTES - size) + 1]
                f.write(lines)
                return
            f.write(lines)
            size += len(lines)


def data_rows(folder: Path) -> list:
    """(name, experiment) of the big-data rows: the default preset's network on them."""
    base = load_preset(DEFAULT_PRESET)
    csv_path = folder / "big.csv"
    write_big_csv(csv_path)
    return [(f"{limits.MAX_SAMPLES:,} generated points",
             base.replace(data=DataSpec(name="spirals", classes=3, n_samples=limits.MAX_SAMPLES))),
            (f"a {csv_path.stat().st_size / 1e6:.0f} MB CSV file",
             base.replace(data=DataSpec(name="csv", csv_path=str(csv_path), target="label")))]


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

    def _wait(self, done) -> None:
        if not done():
            QTimer.singleShot(COMPLETE_TIMEOUT_MS, self.loop.quit)
            self.loop.exec()
        if not done():
            raise SystemExit(f"nothing came within {COMPLETE_TIMEOUT_MS} ms")

    def open(self, exp) -> tuple[float, float]:
        """(ms the GUI thread was busy opening, ms until the complete untrained frame)."""
        self.complete = False
        start = time.perf_counter()
        state = ExperimentState()

        def open_as_file_open() -> None:
            problem = build_problem(exp)
            if problem is not None:
                raise SystemExit(f"cannot open the bench's experiment: {problem}")
            state.load(exp, None)
            state.data_shape()                   # the layer editor's widths
            if not state.data_pending:
                self.runner.reset(exp)

        waited = timed_ms(open_as_file_open)
        if state.data_pending:                   # a big file: read in the background, then the reset
            read = []
            state.data_checked.connect(lambda: read.append(True) or self.loop.quit())
            self._wait(lambda: bool(read))
            if state.error is not None:
                raise SystemExit(f"the bench's data file was refused: {state.error}")
            waited += timed_ms(lambda: self.runner.reset(exp))
        self._wait(lambda: self.complete)
        state.shutdown()
        state.deleteLater()
        return waited, (time.perf_counter() - start) * 1000


def fresh_sklearn_round() -> dict:
    """One round of the scikit-learn row: each figure from a fresh process."""
    here = str(Path(__file__).resolve())
    opened = json.loads(subprocess.run([sys.executable, here, "--open-iris"], check=True, capture_output=True,
                                       text=True).stdout)
    engine = ("import time; from engine.datasets import load_dataset; from engine.spec import DataSpec; "
              "t = time.perf_counter(); load_dataset(DataSpec(name='iris')); print((time.perf_counter() - t) * 1000)")
    sklearn = ("import time; t = time.perf_counter(); import sklearn.datasets; sklearn.datasets.load_iris(); "
               "print((time.perf_counter() - t) * 1000)")
    env = {**os.environ, "PYTHONPATH": str(Path(here).parents[1])}
    figures = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                                    env=env).stdout) for code in (engine, sklearn)]
    return {**opened, "engine_ms": figures[0], "sklearn_loader_ms": figures[1]}


def open_iris() -> int:
    """In a fresh process: open the default preset's network on iris, print the figures as JSON."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    runner = TrainingRunner()
    runner.want_pictures(VISIBLE_PICTURES)
    try:
        exp = load_preset(DEFAULT_PRESET).replace(data=DataSpec(name="iris"))
        waited, done = Opening(runner).open(exp)
        parameters = runner.parameters
        run = timed_ms(lambda: runner.start(exp))
        print(json.dumps({"window_ms": waited, "complete_ms": done, "run_ms": run, "parameters": parameters}))
    finally:
        runner.shutdown()
        app.processEvents()
    return 0


def measure(name: str, exp, rounds: int, runner: TrainingRunner, opening: Opening, app, engine_work) -> dict:
    window, complete, run, engine = [], [], [], []
    for _ in range(rounds):
        engine.append(timed_ms(engine_work))
        waited, done = opening.open(exp)
        window.append(waited)
        complete.append(done)
        parameters = runner.parameters          # (a big file's: known once its network was built)
        run.append(timed_ms(lambda: runner.start(exp)))
        runner.shutdown()
        app.processEvents()
    return {"size": name, "parameters": parameters, "window_ms": statistics.median(window),
            "complete_ms": statistics.median(complete), "run_ms": statistics.median(run),
            "engine_ms": statistics.median(engine),
            "window_over_engine": statistics.median(window) / statistics.median(engine)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.add_argument("--open-iris", action="store_true", help=argparse.SUPPRESS)   # one fresh-process round
    args = p.parse_args(argv)
    if args.open_iris:
        return open_iris()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    runner = TrainingRunner()
    runner.want_pictures(VISIBLE_PICTURES)
    opening = Opening(runner)
    rows = []
    try:
        for name, layers, units in SIZES:
            exp = experiment(layers, units)
            rows.append(dict(measure(name, exp, args.rounds, runner, opening, app, lambda: Trainer(exp)), kind="network"))
        with tempfile.TemporaryDirectory() as folder:
            for name, exp in data_rows(Path(folder)):
                rows.append(dict(measure(name, exp, args.rounds, runner, opening, app, lambda: load_dataset(exp.data)),
                                 kind="data"))
    finally:
        runner.shutdown()
    fresh = [fresh_sklearn_round() for _ in range(args.rounds)]
    row = {key: statistics.median(r[key] for r in fresh) for key in fresh[0]}
    rows.append(dict(row, size="iris, fresh process", kind="data", parameters=fresh[0]["parameters"],
                     window_over_engine=row["window_ms"] / row["engine_ms"]))
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return 0
    print("| opened | parameters | window waits (File → Open) | complete after | Run waits | engine builds the trainer "
          "(network rows) / loads the data (data rows) | window / engine |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['size']} | {row['parameters']:,} | {row['window_ms']:.0f} ms | {row['complete_ms']:.0f} ms | "
              f"{row['run_ms']:.0f} ms | {row['engine_ms']:.0f} ms | {row['window_over_engine']:.2f} |")
    print(f"\nscikit-learn's own loader in a fresh process (importing it, then load_iris): "
          f"{rows[-1]['sklearn_loader_ms']:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
