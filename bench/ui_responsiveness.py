"""Does the window stay responsive while training runs at full speed, whatever the network?

Trains each network shape with every view live (loss, heatmap, per-layer bars, decision boundary,
diagnosis) for a fixed time in the real main window, offscreen, and reports per shape:

- the lateness of a 10 ms timer on the GUI thread (p50, p99, max): how long a click or a key press
  would wait;
- training steps per second with the GUI against the same experiment trained headless for the same
  time (measured before and after the GUI run, averaged), as a ratio.  Headless means what
  ``backprop-workbench run`` does: train and write the run's files (metrics.csv and probes.csv row by
  row), as the window's training process does for every run it keeps.  Both rates are of training
  under way: the headless one is timed from its first step (its trainer already built), the window's
  from its first frame to its last (``first_frame_s``, the time from Run to the first frame, includes
  starting the process and building the trainer there: ``bench/open_speed.py`` measures that wait);
- plot frames per second (frames the runner handed to the views, each one redrawing them);
- decision-boundary updates per second (new grids the views received);
- the machine's CPU steal during the GUI run (Linux): time the hypervisor gave to other machines.
  On a shared host it moved these figures by more than the code did; compare rows with little.

The shapes: the default preset; a deep net (60 tanh layers of 64, Xavier); a wide one (4 ReLU
layers of 512, He, batch 256); each on the default preset's data.

    python bench/ui_responsiveness.py [--shape default --shape deep ...] [--preset NAME]
                                      [--seconds 10] [--rounds 3] [--all-views] [--runs 2] [--json]

On a shared virtual machine the same code's headless rate moves by ±20% from one run to the next
(host load, CPU steal), so each shape is measured ``--rounds`` times, interleaved with the other
shapes, and each figure is the median of its rounds (the rounds' own figures are in the JSON).

By default the window keeps its default layout, where docks tabbed behind others (the network
diagram and the chain-rule ledger behind the decision boundary, ...) are hidden and skip their
frames.  ``--all-views`` takes every dock out of its tab group first, so every view is visible and
drawn at each frame; each row then says how many views were visible.

``--runs 2`` trains a second run of the same experiment beside the first, in a process of its own
(as "Fork with a change" does): the throughput is then both runs' steps per second against the same
two experiments trained headless at once in two processes.

Targets on every row: p99 lateness <= 25 ms, GUI throughput >= 85% of headless, >= 20 frames per
second, >= 2 boundary updates per second.
"""
from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.run_directory import write_run  # noqa: E402
from engine.spec import DenseSpec, Experiment, InitSpec  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from workbench.app import dispose  # noqa: E402
from workbench.main_window import MainWindow  # noqa: E402
from workbench.presets import DEFAULT_PRESET, load_preset  # noqa: E402
from workbench.state import ExperimentState  # noqa: E402

PROBE_INTERVAL_MS = 10
SETTLE_S = 1.0          # the window shown before Run is pressed
TARGETS = {"latency_p99_ms": ("<=", 25.0), "gui_over_headless_throughput": (">=", 0.85),
           "frames_per_s": (">=", 20.0), "boundary_updates_per_s": (">=", 2.0)}


def shape_experiment(shape: str) -> Experiment:
    """The benchmark's network shapes, on the default preset's data."""
    base = load_preset(DEFAULT_PRESET)
    if shape == "default":
        return base
    if shape == "deep":
        layer = DenseSpec(units=64, activation="tanh", init=InitSpec("xavier_uniform"))
        return base.replace(name="deep 60x64 tanh", layers=(layer,) * 60)
    if shape == "wide":
        layer = DenseSpec(units=512, activation="relu", init=InitSpec("he_normal"))
        return base.replace(name="wide 4x512 relu", layers=(layer,) * 4, batch_size=256)
    raise ValueError(f"unknown shape {shape!r}; choose default, deep or wide")


SHAPES = ("default", "deep", "wide")


def headless_steps_per_s(exp, seconds: float) -> float:
    trainer = Trainer(exp)
    start = time.perf_counter()

    def stop_when_due(t: Trainer) -> None:
        if time.perf_counter() - start >= seconds:
            t.control.stop()

    with tempfile.TemporaryDirectory() as folder:
        write_run(trainer, Path(folder) / "run", on_step=stop_when_due)
        return trainer.step / (time.perf_counter() - start)


def headless_pair_steps_per_s(exp, seconds: float) -> float:
    """Two headless runs at once, each in a process of its own: their steps per second summed."""
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return sum(pool.starmap(headless_steps_per_s, [(exp, seconds)] * 2))


def wait_for_events(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def show_every_view(window: MainWindow) -> None:
    """Take each dock out of its tab group (adding a dock again moves it) and show it."""
    for dock in window.docks:
        window.addDockWidget(window.dockWidgetArea(dock), dock)
        dock.show()


def gui_run(exp, seconds: float, all_views: bool = False, runs: int = 1) -> dict:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ExperimentState(exp), settings)
        window.show_error = lambda text: print(text, file=sys.stderr)
        window.show()
        if all_views:
            show_every_view(window)
        # A person presses Run a moment after the window appeared, not in its first event-loop pass:
        # let it lay out its docks and paint the untrained network first.
        wait_for_events(SETTLE_S)
        visible, n_views = sum(view.visible for view in window.views), len(window.views)

        lateness_ms: list[float] = []
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setSingleShot(True)
        probe.setTimerType(Qt.TimerType.PreciseTimer)

        def on_probe() -> None:
            lateness_ms.append(clock.nsecsElapsed() / 1e6 - PROBE_INTERVAL_MS)
            clock.restart()
            # The probe also ends the measurement (a single-shot timer for it once never fired).
            if time.perf_counter() - start >= seconds:
                loop.quit()
            else:
                probe.start(PROBE_INTERVAL_MS)

        probe.timeout.connect(on_probe)
        frames: list[tuple[float, int]] = []
        boundaries: list[object] = []

        def on_frame(frame) -> None:
            frames.append((time.perf_counter(), frame.step))
            if frame.boundary is not None and (not boundaries or boundaries[-1] is not frame.boundary):
                boundaries.append(frame.boundary)

        window.runner.frame.connect(on_frame)

        beside_frames: list[tuple[float, int]] = []

        def on_beside_frame(frame) -> None:
            beside_frames.append((time.perf_counter(), frame.step))

        loop = QEventLoop()
        start = time.perf_counter()
        window.controls.run_action.trigger()
        if runs == 2:
            beside = window.pool.start_beside(exp)
            if beside is None:
                raise SystemExit("--runs 2: the second run could not start (its message is above)")
            beside.frame.connect(on_beside_frame)
        clock.start()
        probe.start(PROBE_INTERVAL_MS)
        loop.exec()
        elapsed = time.perf_counter() - start
        probe.stop()
        window.pool.shutdown()
        window.runner.shutdown()
        window.close()
        dispose(window)
    # The first grid is the untrained network's, drawn before the run: not an update.
    return {"lateness_ms": lateness_ms, "frames": len(frames), "elapsed": elapsed,
            "steps_per_s": training_rate(frames) + (training_rate(beside_frames) if runs == 2 else 0.0),
            "first_frame_s": frames[0][0] - start,
            "boundaries": max(len(boundaries) - 1, 0), "views_visible": visible, "views": n_views}


def training_rate(frames: list[tuple[float, int]]) -> float:
    """Steps per second between a run's first frame and its last ((time, step) pairs): the rate of
    training under way, without the start (the process, the trainer built there)."""
    if len(frames) < 2:
        raise SystemExit("fewer than two frames came in: no training rate to measure")
    (first_time, first_step), (last_time, last_step) = frames[0], frames[-1]
    return (last_step - first_step) / (last_time - first_time)


def cpu_times() -> list[int] | None:
    """The machine's CPU time counters (Linux /proc/stat: user, nice, system, idle, ..., steal)."""
    try:
        return [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None


def steal_share(before: list[int] | None, after: list[int] | None) -> float | None:
    """The share of CPU time the hypervisor gave to other machines between two readings: the
    figures of a run with much steal say more about the host than about the window."""
    if before is None or after is None or len(before) < 8:
        return None
    spent = [b - a for a, b in zip(before, after)]
    return spent[7] / sum(spent) if sum(spent) else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(name: str, exp: Experiment, seconds: float, all_views: bool = False, runs: int = 1) -> dict:
    exp = exp.replace(steps=10 ** 9, epochs=None)   # never finishes early
    headless = headless_steps_per_s if runs == 1 else headless_pair_steps_per_s
    before = headless(exp, seconds)
    counters = cpu_times()
    gui = gui_run(exp, seconds, all_views, runs)
    steal = steal_share(counters, cpu_times())
    after = headless(exp, seconds)
    headless = (before + after) / 2
    late = gui["lateness_ms"]
    return {
        "shape": name, "seconds": seconds, "runs": runs, "views_visible": gui["views_visible"], "views": gui["views"],
        "latency_p50_ms": statistics.median(late), "latency_p99_ms": percentile(late, 0.99),
        "latency_max_ms": max(late),
        "gui_steps_per_s": gui["steps_per_s"], "headless_steps_per_s": headless,
        "gui_over_headless_throughput": gui["steps_per_s"] / headless, "first_frame_s": gui["first_frame_s"],
        "frames_per_s": gui["frames"] / gui["elapsed"],
        "boundary_updates_per_s": gui["boundaries"] / gui["elapsed"],
        "cpu_steal_share": steal,
    }


def median_row(rounds: list[dict]) -> dict:
    """One shape's row: each figure the median of its rounds' (each round's ratio is its own GUI
    rate over the headless rates around it), the rounds themselves kept under "rounds"."""
    row = dict(rounds[0])
    for key in row:
        measured = [r[key] for r in rounds if isinstance(r[key], float) and not math.isnan(r[key])]
        if measured:
            row[key] = statistics.median(measured)
    row["rounds"] = rounds
    return row


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} rounds: give 1 or more")
    return value


def meets(value: float, target: tuple[str, float]) -> bool:
    op, bound = target
    return value <= bound if op == "<=" else value >= bound


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shape", action="append", choices=SHAPES,
                   help="a network shape to measure (repeatable; default: all of them)")
    p.add_argument("--preset", action="append", default=[], help="also measure this bundled preset")
    p.add_argument("--seconds", type=float, default=10.0, help="training time for each measurement")
    p.add_argument("--rounds", type=positive_int, default=3,
                   help="measurements of each shape, interleaved; figures are medians")
    p.add_argument("--all-views", action="store_true", help="show every dock, none hidden behind a tab")
    p.add_argument("--runs", type=int, choices=(1, 2), default=1,
                   help="runs training at once: 2 adds one beside the first, in its own process")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    cases = [(shape, shape_experiment(shape)) for shape in (args.shape or ([] if args.preset else SHAPES))]
    cases += [(name, load_preset(name)) for name in args.preset]
    rounds = [[measure(name, exp, args.seconds, args.all_views, args.runs) for name, exp in cases]
              for _ in range(args.rounds)]
    rows = [median_row([measured[i] for measured in rounds]) for i in range(len(cases))]
    # The worst row on each measure, so one look says whether every row meets its target.
    worst = {key: (max if op == "<=" else min)(row[key] for row in rows) for key, (op, _) in TARGETS.items()}
    result = {"rows": rows, **worst, "targets_met": all(meets(worst[k], t) for k, t in TARGETS.items())}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.seconds:g} s per measurement, median of {args.rounds} round(s), {args.runs} run(s) training; "
          "worst row: " + ", ".join(
        f"{key} {worst[key]:.3g} ({op} {bound:g})" for key, (op, bound) in TARGETS.items()))
    print("| shape | views shown | p50 ms | p99 ms | max ms | GUI / headless steps/s | frames/s | boundary/s | CPU steal |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['shape']} | {row['views_visible']} of {row['views']} | {row['latency_p50_ms']:.1f} | {row['latency_p99_ms']:.1f} | "
              f"{row['latency_max_ms']:.0f} | {row['gui_over_headless_throughput']:.0%} "
              f"({row['gui_steps_per_s']:,.0f} / {row['headless_steps_per_s']:,.0f}; rounds "
              f"{' '.join(format(r['gui_over_headless_throughput'], '.0%') for r in row['rounds'])}) | "
              f"{row['frames_per_s']:.1f} | {row['boundary_updates_per_s']:.1f} | "
              f"{'–' if row['cpu_steal_share'] is None else format(row['cpu_steal_share'], '.0%')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
