"""Does the window stay responsive while training runs at full speed?

Trains a preset with every view live (loss, heatmap, per-layer bars, decision boundary, diagnosis)
for a fixed time in the real main window, offscreen, and reports:

- the lateness of a 10 ms timer on the GUI thread (p50, p99, max): how long a click or a key press
  would wait;
- training steps per second with the GUI against the same experiment trained headless for the same
  time (measured before and after the GUI run, averaged), as a ratio;
- plot frames per second (frames the runner handed to the views, each one redrawing them).

    python bench/ui_responsiveness.py [--preset relu_he] [--seconds 10] [--json]

Targets: p99 lateness <= 25 ms, GUI throughput >= 85% of headless, >= 20 frames per second.
"""
from __future__ import annotations

import argparse
import json
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

from engine.trainer import Trainer  # noqa: E402
from workbench.app import dispose  # noqa: E402
from workbench.main_window import MainWindow  # noqa: E402
from workbench.presets import load_preset  # noqa: E402
from workbench.state import ExperimentState  # noqa: E402

PROBE_INTERVAL_MS = 10


def headless_steps_per_s(exp, seconds: float) -> float:
    trainer = Trainer(exp)
    start = time.perf_counter()

    def stop_when_due(t: Trainer) -> None:
        if time.perf_counter() - start >= seconds:
            t.control.stop()

    trainer.run(callback=stop_when_due)
    return trainer.step / (time.perf_counter() - start)


def gui_run(exp, seconds: float) -> dict:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ExperimentState(exp), settings)
        window.show_error = lambda text: print(text, file=sys.stderr)
        window.show()
        app.processEvents()

        lateness_ms: list[float] = []
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setSingleShot(True)
        probe.setTimerType(Qt.TimerType.PreciseTimer)

        def on_probe() -> None:
            lateness_ms.append(clock.nsecsElapsed() / 1e6 - PROBE_INTERVAL_MS)
            clock.restart()
            probe.start(PROBE_INTERVAL_MS)

        probe.timeout.connect(on_probe)
        frames: list[tuple[float, int]] = []
        window.runner.frame.connect(lambda f: frames.append((time.perf_counter(), f.step)))

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        start = time.perf_counter()
        window.controls.run_action.trigger()
        clock.start()
        probe.start(PROBE_INTERVAL_MS)
        loop.exec()
        elapsed = time.perf_counter() - start
        probe.stop()
        window.runner.shutdown()
        last_step = frames[-1][1] if frames else 0
        window.close()
        dispose(window)
    return {"lateness_ms": lateness_ms, "frames": len(frames), "steps": last_step, "elapsed": elapsed}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="relu_he", help="bundled preset to train (default relu_he)")
    p.add_argument("--seconds", type=float, default=10.0, help="training time for each measurement")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    exp = load_preset(args.preset).replace(steps=10 ** 9, epochs=None)   # never finishes early

    before = headless_steps_per_s(exp, args.seconds)
    gui = gui_run(exp, args.seconds)
    after = headless_steps_per_s(exp, args.seconds)
    headless = (before + after) / 2
    late = gui["lateness_ms"]
    result = {
        "preset": args.preset, "seconds": args.seconds,
        "latency_p50_ms": statistics.median(late), "latency_p99_ms": percentile(late, 0.99),
        "latency_max_ms": max(late),
        "gui_steps_per_s": gui["steps"] / gui["elapsed"], "headless_steps_per_s": headless,
        "gui_over_headless_throughput": gui["steps"] / gui["elapsed"] / headless,
        "frames_per_s": gui["frames"] / gui["elapsed"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"preset {args.preset}, {args.seconds:g} s each")
    print(f"GUI-thread timer lateness: p50 {result['latency_p50_ms']:.2f} ms, p99 {result['latency_p99_ms']:.2f} ms, "
          f"max {result['latency_max_ms']:.2f} ms")
    print(f"training: {result['gui_steps_per_s']:,.0f} steps/s with the GUI, {headless:,.0f} headless "
          f"({result['gui_over_headless_throughput']:.0%})")
    print(f"plot frames: {result['frames_per_s']:.1f} per second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
