"""A run on disk: one folder holding one whole run, in the headless runner's format.

``RunDirectory(out)`` writes into a hidden temporary sibling of ``out`` (``.NAME.<token>.partial``)
and ``commit()`` renames it into place, so ``out`` only ever holds one complete run: the previous
one until the commit, the new one after.  A crash, a SIGKILL or a full disk before the commit
leaves ``out`` as it was (at worst a hidden ``.partial`` folder beside it); ``discard()`` (or an
exception leaving the ``with`` block) removes the temporary folder and any parent folders it made.

``write_run(trainer, out)`` trains a Trainer and writes the whole run that way:

| file | content |
|---|---|
| ``metrics.csv`` | a row per step (``METRICS_COLUMNS``); epoch columns filled on the step ending an epoch |
| ``probes.csv`` | a row per step and probed layer (``PROBES_COLUMNS``) |
| ``weights.npz`` | the final weights: those of the last step whose values were all finite |
| ``summary.json`` | final losses and accuracies, steps, status, diagnosis, wall time (``summary_of``) |
| ``experiment.json`` | the experiment that ran (after any override of steps or seed) |
| ``README.txt`` | what each file and column holds (``RUN_NOTE``), e.g. that step N's loss is computed before the N-th update |

Readers may rely on a folder holding ``summary.json`` being one complete run.
"""
from __future__ import annotations

import csv
import json
import math
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from engine.i18n import english, translate
from engine.network import save_weights
from engine.spec import atomic_write_text
from engine.trainer import EPOCH_COLUMNS, LAYER_METRICS, STEP_COLUMNS, RunResult, Trainer

METRICS_COLUMNS = ("step", "epoch", *STEP_COLUMNS, *EPOCH_COLUMNS[1:])
PROBES_COLUMNS = ("step", "layer", "name", *LAYER_METRICS)
RUN_FILES = ("metrics.csv", "probes.csv", "weights.npz", "summary.json", "experiment.json", "README.txt")

RUN_NOTE = """\
A run of backprop-workbench (one folder, one whole run).

metrics.csv  one row per optimizer step.
  step        the step number N, counted from 1.
  epoch       the epoch the step belongs to, counted from 1.
  loss        the loss of step N's batch, computed with the weights BEFORE the N-th update
              (the forward pass that gives the gradient of step N); step 1 is the initial weights.
  grad_norm   the global L2 norm of the gradient of step N, before clipping.
  lr          the learning rate used by the N-th update.
  train_loss, val_loss, train_acc, val_acc
              filled only on the step that ends an epoch: train_loss/train_acc are the means over
              that epoch's batches (each computed before its update); val_loss/val_acc are
              computed AFTER the epoch's last update, on the validation rows.
probes.csv   one row per step and probed (dense) layer: grad_w and grad_h are the L2 norms of the
             weight gradient and of dL/dh of step N; act_mean, act_std, saturated, dead and
             update_ratio are sampled every probe_every steps and carried forward in between.
weights.npz  the weights after the last step (of the last step whose values were all finite if
             the run diverged); load them back with initial_weights in an experiment.
summary.json the final losses and accuracies (of the final weights), status, steps, diagnosis
             and wall_time_s (seconds from the first step to the last, pauses included).
experiment.json
             the experiment that ran.
"""


class OutputError(ValueError):
    """An output folder that cannot be written; ``str()`` names it, the problem and the fix."""


def _fmt(x: float) -> str:
    return "" if isinstance(x, float) and math.isnan(x) else repr(x)


def _is_run(folder: Path) -> bool:
    """A folder written by a previous run: it may be replaced whole."""
    return (folder / "summary.json").is_file() and all(p.name in RUN_FILES for p in folder.iterdir())


class RunDirectory:
    """One run's files, written into a temporary sibling of ``out`` and renamed into place by
    ``commit()``.  ``out`` may be missing, an empty folder or a previous run's folder (replaced
    whole on commit); anything else is refused with an ``OutputError`` before anything is made."""

    def __init__(self, out: str | os.PathLike):
        if not os.fspath(out).strip():
            raise OutputError(translate("Commands", "--out: no folder given; give the folder to write the run into, e.g. "
                                                    "--out runs/first"))
        self.out = Path(out).absolute()
        where = self.out
        try:
            blocking = next((p for p in (where, *where.parents) if p.exists() and not p.is_dir()), None)
            if blocking is not None:
                raise OutputError(translate("Commands", "--out: {path} is a file, not a folder; give a folder").format(
                    path=blocking))
            if where.is_dir() and any(where.iterdir()) and not _is_run(where):
                raise OutputError(translate("Commands", "--out: {path} already holds other files; give a new or empty "
                                                        "folder, or the folder of a previous run (which is "
                                                        "replaced)").format(path=out))
            self._made_parents = [p for p in reversed(where.parents) if not p.exists()]
            where.parent.mkdir(parents=True, exist_ok=True)
            self.path = where.with_name(f".{where.name}.{secrets.token_hex(4)}.partial")
            self.path.mkdir()
        except OSError as exc:
            self._remove_made_parents()
            raise OutputError(translate("Commands", "--out: cannot write into {path}: {reason}; choose a folder you can "
                                                    "write to").format(path=out, reason=exc.strerror or exc)) from None
        self._open: list = []
        self.committed = False

    def __enter__(self) -> "RunDirectory":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.committed:
            self.discard()

    def open_text(self, name: str):
        """A text file in the run, for streaming (closed, flushed and synced by ``commit``)."""
        f = open(self.path / name, "w", newline="", encoding="utf-8")
        self._open.append(f)
        return f

    def write_text(self, name: str, text: str) -> None:
        atomic_write_text(self.path / name, text)

    def file(self, name: str) -> Path:
        """Where to write ``name`` (with any writer of one's own) before the commit."""
        return self.path / name

    def commit(self) -> Path:
        """Put the run in place of ``out``; returns ``out``."""
        for f in self._open:
            f.flush()
            os.fsync(f.fileno())
            f.close()
        self._open.clear()
        if self.out.is_dir() and any(self.out.iterdir()):
            # rename() cannot replace a non-empty folder: move the old run aside first.
            old = self.out.with_name(f".{self.out.name}.{secrets.token_hex(4)}.old")
            os.rename(self.out, old)
            os.rename(self.path, self.out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.path, self.out)    # also replaces an empty folder
        self.committed = True
        return self.out

    def discard(self) -> None:
        for f in self._open:
            f.close()
        self._open.clear()
        shutil.rmtree(self.path, ignore_errors=True)
        self._remove_made_parents()

    def _remove_made_parents(self) -> None:
        for parent in reversed(getattr(self, "_made_parents", [])):
            try:
                parent.rmdir()
            except OSError:
                break   # something else is in it now (or it never got made): leave it


class RunRecorder:
    """Streams one metrics row per step and one probes row per step and probed layer into a
    RunDirectory; call it after every step (``trainer.run(callback=recorder)``)."""

    def __init__(self, trainer: Trainer, run: RunDirectory):
        self.trainer = trainer
        self._metrics = csv.writer(run.open_text("metrics.csv"), lineterminator="\n")
        self._probes = csv.writer(run.open_text("probes.csv"), lineterminator="\n")
        self._metrics.writerow(METRICS_COLUMNS)
        self._probes.writerow(PROBES_COLUMNS)
        self._epochs_seen = 0

    def __call__(self, trainer: Trainer) -> None:
        row = trainer.history.last()
        step = row["step"]
        epoch_row = None
        if trainer.epochs.appended != self._epochs_seen:
            self._epochs_seen = trainer.epochs.appended
            epoch_row = trainer.epochs.last()
        epoch = trainer.epoch if epoch_row else trainer.epoch + 1
        tail = [_fmt(epoch_row[c]) for c in EPOCH_COLUMNS[1:]] if epoch_row else [""] * (len(EPOCH_COLUMNS) - 1)
        # The hot path of every step: the csv writer formats floats as repr() does, and NaN (x != x)
        # becomes an empty cell; the row holds the step columns, then each layer's metrics in order.
        cells = [x if x == x else "" for x in row.values()]
        self._metrics.writerow([step, epoch, *cells[:len(STEP_COLUMNS)], *tail])
        if trainer.probes:
            width = len(LAYER_METRICS)
            for i, name in enumerate(trainer.layer_names):
                start = len(STEP_COLUMNS) + i * width
                self._probes.writerow([step, i, name, *cells[start:start + width]])


def summary_of(trainer: Trainer, result: RunResult, wall_time_s: float = math.nan) -> dict:
    """summary.json's content (non-finite numbers as null); its texts in English, as files are
    language-neutral (the window and the CLI may show them translated)."""
    exp = trainer.exp
    with english():
        d = trainer.diagnosis()
    summary = {
        "experiment": exp.name, "seed": exp.seed, "status": result.status, "steps": result.steps,
        "epochs": result.epochs, "train_loss": result.train_loss, "val_loss": result.val_loss,
        "train_accuracy": result.train_acc, "val_accuracy": result.val_acc,
        "diagnosis": d.verdict, "first_to_last_gradient_ratio": d.ratio, "cause": d.cause,
        "message": d.message, "layers": trainer.layer_names, "wall_time_s": wall_time_s,
    }
    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in summary.items()}


def finish_run(run: RunDirectory, trainer: Trainer, result: RunResult, wall_time_s: float = math.nan) -> Path:
    """Write the weights, summary, experiment and note of a trained run and commit it."""
    save_weights(trainer.net, run.file("weights.npz"))
    run.write_text("experiment.json", trainer.exp.to_json() + "\n")
    run.write_text("README.txt", RUN_NOTE)
    run.write_text("summary.json", json.dumps(summary_of(trainer, result, wall_time_s), indent=2) + "\n")
    return run.commit()


def write_run(trainer: Trainer, out: str | os.PathLike, max_steps: int | None = None,
              on_step: Callable[[Trainer], None] | None = None) -> RunResult:
    """Train ``trainer`` (to its end, ``max_steps`` more steps, a stop or divergence) and write the
    run into ``out`` atomically.  ``on_step(trainer)`` runs after each step (progress display).
    Raises ``OutputError`` (before training) when ``out`` cannot be written, OSError (with ``out``
    left as it was) when writing fails later, e.g. on a full disk."""
    with RunDirectory(out) as run:
        recorder = RunRecorder(trainer, run)

        def callback(t: Trainer) -> None:
            recorder(t)
            if on_step is not None:
                on_step(t)

        started = time.monotonic()
        result = trainer.run(max_steps, callback=callback)
        finish_run(run, trainer, result, time.monotonic() - started)
    return result
