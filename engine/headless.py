"""`backprop-workbench run EXPERIMENT.json --out DIR [--steps N] [--seed S]`: train without Qt.

Writes DIR/metrics.csv (a row per step; validation columns filled on epoch ends), DIR/probes.csv
(a row per step and probed layer), DIR/weights.npz and DIR/summary.json.  Shows a progress line on
a terminal and plain lines otherwise.  Ctrl+C stops after the current step and still writes what
the run has.  Bad input exits with status 2 and the validation message, and writes nothing.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import signal
import sys
import time
from pathlib import Path

from engine.datasets import DatasetError
from engine.network import WeightsError, save_weights
from engine.spec import Experiment, SpecError, atomic_write_text, reparse
from engine.trainer import EPOCH_COLUMNS, LAYER_METRICS, STEP_COLUMNS, Trainer, layer_column

PROGRESS_PERIOD_S = 0.2     # terminal redraws
PLAIN_PERIOD_S = 5.0        # plain lines when not on a terminal


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench run", description="Train an experiment without the GUI.")
    p.add_argument("experiment", help="experiment JSON file (saved from the app or a preset)")
    p.add_argument("--out", required=True, help="folder for metrics.csv, probes.csv, weights.npz, summary.json")
    p.add_argument("--steps", type=int, help="train this many steps instead of the experiment's length")
    p.add_argument("--seed", type=int, help="override the experiment's seed")
    return p


def _fmt(x: float) -> str:
    return "" if isinstance(x, float) and math.isnan(x) else repr(x)


class _Recorder:
    """Streams one metrics row per step and one probes row per step and layer into hidden partial
    files, renamed into place at the end, so no reader ever sees a half-written file."""

    def __init__(self, trainer: Trainer, out: Path):
        self.trainer = trainer
        self.paths = {name: out / name for name in ("metrics.csv", "probes.csv")}
        self._files = {name: open(_partial(path), "w", newline="", encoding="utf-8")
                       for name, path in self.paths.items()}
        self._metrics = csv.writer(self._files["metrics.csv"], lineterminator="\n")
        self._probes = csv.writer(self._files["probes.csv"], lineterminator="\n")
        self._metrics.writerow(["step", "epoch", *STEP_COLUMNS, *EPOCH_COLUMNS[1:]])
        self._probes.writerow(["step", "layer", "name", *LAYER_METRICS])
        self._epochs_seen = 0
        self._columns = [[layer_column(i, m) for m in LAYER_METRICS] for i in range(len(trainer.probed))]

    def __call__(self, trainer: Trainer) -> None:
        row = trainer.history.last()
        step = row["step"]
        epoch_row = None
        if trainer.epochs.appended != self._epochs_seen:
            self._epochs_seen = trainer.epochs.appended
            epoch_row = trainer.epochs.last()
        epoch = trainer.epoch if epoch_row else trainer.epoch + 1
        tail = [_fmt(epoch_row[c]) for c in EPOCH_COLUMNS[1:]] if epoch_row else [""] * (len(EPOCH_COLUMNS) - 1)
        self._metrics.writerow([step, epoch, *(_fmt(row[c]) for c in STEP_COLUMNS), *tail])
        if trainer.probes:
            for i, (name, columns) in enumerate(zip(trainer.layer_names, self._columns)):
                self._probes.writerow([step, i, name, *(_fmt(row[c]) for c in columns)])

    def close(self) -> None:
        for name, f in self._files.items():
            f.close()
            os.replace(_partial(self.paths[name]), self.paths[name])


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _load(args: argparse.Namespace) -> Experiment:
    exp = Experiment.load(args.experiment)
    changes = {}
    if args.steps is not None:
        if args.steps < 1:
            raise SpecError("--steps", f"must be a positive integer, got {args.steps}")
        changes.update(steps=args.steps, epochs=None)
    if args.seed is not None:
        if args.seed < 0:
            raise SpecError("--seed", f"must be a non-negative integer, got {args.seed}")
        changes["seed"] = args.seed
    return reparse(exp.replace(**changes)) if changes else exp


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = Path(args.out)
    try:
        exp = _load(args)
        trainer = Trainer(exp)
    except (SpecError, DatasetError, WeightsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if out.exists() and not out.is_dir():
        print(f"error: --out: {out} is a file; give a folder", file=sys.stderr)
        return 2

    out.mkdir(parents=True, exist_ok=True)
    recorder = _Recorder(trainer, out)
    progress = _Progress(trainer, sys.stderr)
    previous = signal.signal(signal.SIGINT, lambda *_: trainer.control.stop())

    def on_step(t: Trainer) -> None:
        recorder(t)
        progress.update()

    try:
        result = trainer.run(callback=on_step)
    finally:
        signal.signal(signal.SIGINT, previous)
        recorder.close()
    progress.done()
    save_weights(trainer.net, out / "weights.npz")
    d = result.diagnosis
    summary = {
        "experiment": exp.name, "seed": exp.seed, "status": result.status, "steps": result.steps,
        "epochs": result.epochs, "train_loss": result.train_loss, "val_loss": result.val_loss,
        "train_accuracy": result.train_acc, "val_accuracy": result.val_acc,
        "diagnosis": d.verdict, "first_to_last_gradient_ratio": d.ratio, "cause": d.cause,
        "message": d.message, "layers": trainer.layer_names,
    }
    summary = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in summary.items()}
    atomic_write_text(out / "summary.json", json.dumps(summary, indent=2) + "\n")
    print(f"{result.status}: {result.steps} steps, {d.message}", file=sys.stderr)
    print(f"wrote {out}/metrics.csv, probes.csv, weights.npz, summary.json", file=sys.stderr)
    return 0 if result.status != "stopped" else 130


class _Progress:
    def __init__(self, trainer: Trainer, stream):
        self.trainer = trainer
        self.stream = stream
        self.tty = stream.isatty()
        self.period = PROGRESS_PERIOD_S if self.tty else PLAIN_PERIOD_S
        self.start = self.last = time.monotonic()

    def update(self) -> None:
        now = time.monotonic()
        if now - self.last < self.period:
            return
        self.last = now
        self._write(now)

    def _write(self, now: float) -> None:
        t = self.trainer
        rate = t.step / max(now - self.start, 1e-9)
        line = (f"step {t.step}/{t.total_steps} ({t.step / t.total_steps:.0%})  epoch {t.epoch}  "
                f"loss {t.last_loss:.4g}  {rate:,.0f} steps/s")
        if self.tty:
            self.stream.write("\r" + line.ljust(79)[:79])
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def done(self) -> None:
        self._write(time.monotonic())
        if self.tty:
            self.stream.write("\n")
