"""Runs one Trainer at a time on a background thread and hands the GUI what is new, at a frame rate.

This is the only module of the workbench that starts a thread.

Why a plain ``threading.Thread`` and not a QThread or superqt worker: ``Trainer.run`` is already a
blocking loop with cooperative pause / stop / single-step / live settings through the engine's
``TrainingControl``, so a worker framework would add nothing but a second pause mechanism and a
Qt object living on another thread.  The training thread touches no Qt object and emits no
signal: it only trains (and, when asked, evaluates the decision-boundary grid between two steps).
The GUI thread polls it with a ~30 Hz QTimer and takes copies (``History.snapshot``).  So
training is never throttled by the UI (it never waits for a slot to run), and the UI is never
flooded by training (at most one frame per timer tick, and only when something changed).
Because no QThread exists, "QThread: Destroyed while thread is still running" cannot happen;
``shutdown`` stops the control and joins the thread, which takes at most one training step.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from engine.datasets import Dataset
from engine.diagnosis import Diagnosis, diagnose
from engine.spec import Experiment
from engine.trainer import RunResult, Trainer, TrainingControl

FRAME_INTERVAL_MS = 33          # ~30 frames per second
BOUNDARY_EVERY_FRAMES = 3       # ask the training thread for a fresh grid at most ~10 times/s
BOUNDARY_RESOLUTION = 80        # grid points per axis
BOUNDARY_MARGIN = 0.1           # extra room around the data, as a fraction of its range
JOIN_TIMEOUT_S = 10.0           # one training step; the thread is a daemon in case a step hangs
RATE_SMOOTHING = 0.3            # weight of the newest steps/s measurement


@dataclass(frozen=True)
class BoundaryGrid:
    """The model's class probabilities on a regular grid over a 2-D dataset:
    ``probabilities[row, col, k]`` at (xs[col], ys[row]), one column per class."""
    xs: np.ndarray
    ys: np.ndarray
    probabilities: np.ndarray
    step: int

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return float(self.xs[0]), float(self.xs[-1]), float(self.ys[0]), float(self.ys[-1])


@dataclass(frozen=True)
class TrainingPoints:
    """A copy of the training data of a 2-D classification set, for drawing under the boundary."""
    x: np.ndarray
    labels: np.ndarray
    class_names: tuple[str, ...]


@dataclass(frozen=True)
class RunFrame:
    """Everything one GUI refresh needs, all copies owned by the GUI thread."""
    steps: dict                       # per-step History snapshot
    epochs: dict                      # per-epoch History snapshot
    layer_names: list[str]
    layer_activations: list[str]
    status: str                       # idle | running | paused | finished | stopped | diverged at step N
    step: int
    epoch: int
    total_steps: int
    steps_per_s: float
    diagnosis: Diagnosis
    boundary: BoundaryGrid | None = None
    points: TrainingPoints | None = None
    loss: float = math.nan            # the newest recorded per-step loss


def boundary_axes(x: np.ndarray, resolution: int = BOUNDARY_RESOLUTION,
                  margin: float = BOUNDARY_MARGIN) -> tuple[np.ndarray, np.ndarray]:
    """Grid coordinates covering the data's range plus a margin on each side."""
    low, high = x.min(axis=0), x.max(axis=0)
    pad = (high - low) * margin
    pad = np.where(pad > 0, pad, 1.0)
    return (np.linspace(low[0] - pad[0], high[0] + pad[0], resolution),
            np.linspace(low[1] - pad[1], high[1] + pad[1], resolution))


def has_boundary(dataset: Dataset) -> bool:
    return dataset.task == "classification" and dataset.n_inputs == 2


class TrainingRunner(QObject):
    frame = Signal(object)            # RunFrame
    state_changed = Signal(str)
    finished = Signal(object)         # RunResult, when a run ends (finished, stopped or diverged)
    failed = Signal(str)              # the experiment could not be built or training raised

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment: Experiment | None = None
        self._trainer: Trainer | None = None
        self._control: TrainingControl | None = None
        self._thread: threading.Thread | None = None
        self._result: RunResult | None = None
        self._error: str | None = None
        self._state = "idle"
        # Public so tests can wait on ticks instead of sleeping.
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_INTERVAL_MS)
        self.frame_timer.timeout.connect(self._tick)
        self._reset_frame_tracking()

    # ------------------------------------------------------------------ public API
    @property
    def state(self) -> str:
        return self._state

    @property
    def is_active(self) -> bool:
        """A training thread exists (running, or paused waiting for resume/step)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def experiment(self) -> Experiment | None:
        """The experiment of the current trainer (what Reset rebuilds)."""
        return self._experiment

    def start(self, experiment: Experiment, max_steps: int | None = None) -> bool:
        """Train ``experiment`` from fresh weights, for its full length or ``max_steps`` steps
        (the run then ends "paused").  False (and ``failed``) if it cannot be built."""
        if not self._build(experiment):
            return False
        self._launch(max_steps)
        return True

    def run(self, experiment: Experiment) -> bool:
        """The Run command: resume a paused run of this same experiment, otherwise start afresh."""
        if self.is_active and self._control.paused and experiment == self._experiment:
            self._control.resume()
            return True
        return self.start(experiment)

    def pause(self) -> None:
        if self.is_active:
            self._control.pause()

    def resume(self) -> None:
        if self.is_active:
            self._control.resume()

    def toggle_pause(self) -> None:
        if self.is_active:
            (self._control.resume if self._control.paused else self._control.pause)()

    def step_once(self, experiment: Experiment | None = None) -> None:
        """Train exactly one batch, then stay paused.  With no live run this first builds a fresh
        trainer, paused, from ``experiment`` (default: the last one), unless the trainer already
        loaded is fresh and of that same experiment."""
        if self.is_active:
            self._control.pause()
            self._control.request_step()
            return
        experiment = experiment or self._experiment
        if experiment is None:
            return
        fresh = self._trainer is not None and self._trainer.status == "idle"
        if not (fresh and experiment == self._experiment) and not self._build(experiment):
            return
        self._control.pause()
        self._control.request_step()
        self._launch()

    def stop(self) -> None:
        if self.is_active:
            self._control.stop()

    def reset(self, experiment: Experiment | None = None) -> None:
        """Fresh weights (of ``experiment``, or of the last one) and cleared plots; ends any run."""
        self._end_thread()
        experiment = experiment or self._experiment
        if experiment is not None and self._build(experiment):
            self._emit_frame(force=True)

    def set_lr(self, lr: float) -> None:
        if self._control is not None:
            self._control.set_lr(lr)

    def set_clip(self, threshold: float) -> None:
        if self._control is not None:
            self._control.set_clip(threshold)

    def shutdown(self) -> None:
        """Stop and join the training thread; call before the window closes."""
        self._end_thread()

    # ------------------------------------------------------------------ lifecycle
    def _build(self, experiment: Experiment) -> bool:
        self._end_thread()
        control = TrainingControl()
        try:
            trainer = Trainer(experiment, control=control)
        except (ValueError, OSError, MemoryError) as exc:   # SpecError, DatasetError, WeightsError
            self.failed.emit(f"Cannot build this experiment: {exc}")
            return False
        self._experiment, self._trainer, self._control = experiment, trainer, control
        self._result = self._error = None
        self._reset_frame_tracking()
        ds = trainer.dataset
        if has_boundary(ds):
            xs, ys = boundary_axes(ds.x_train)
            gx, gy = np.meshgrid(xs, ys)
            self._grid_axes = (xs, ys)
            self._grid_points = np.column_stack([gx.ravel(), gy.ravel()])
            self._points = TrainingPoints(np.array(ds.x_train), np.array(ds.y_train), tuple(ds.class_names))
        else:
            self._grid_axes = self._grid_points = self._points = None
        self._set_state("idle")
        return True

    def _launch(self, max_steps: int | None = None) -> None:
        self._last_rate_time = time.monotonic()
        self._last_rate_step = self._trainer.step
        self._thread = threading.Thread(target=self._train, args=(self._trainer, max_steps),
                                        name="backprop-training", daemon=True)
        self._thread.start()
        self.frame_timer.start()

    def _train(self, trainer: Trainer, max_steps: int | None) -> None:
        """The training thread's body: no Qt here, only the trainer and plain attributes."""
        try:
            self._result = trainer.run(max_steps, callback=self._after_step)
        except Exception as exc:   # a bug or MemoryError must end the run, not the app
            self._error = f"Training stopped by an error: {type(exc).__name__}: {exc}"

    def _after_step(self, trainer: Trainer) -> None:
        # Runs on the training thread between steps: the only place it is safe to evaluate the
        # net while a run is live.  About to pause: refresh now, the GUI cannot ask later.
        if self._grid_points is not None and (self._grid_wanted or trainer.control.paused):
            self._grid_wanted = False
            self._boundary = self._evaluate_grid(trainer)

    def _evaluate_grid(self, trainer: Trainer) -> BoundaryGrid:
        xs, ys = self._grid_axes
        probs = trainer.predict(self._grid_points)
        if probs.shape[1] == 1:   # binary cross-entropy predicts P(class 1) only
            probs = np.hstack([1.0 - probs, probs])
        # mse predicts one-hot targets, not probabilities: clip them into [0, 1].  Always a new
        # array, so the GUI owns a copy.
        probs = np.clip(probs, 0.0, 1.0)
        return BoundaryGrid(xs, ys, probs.reshape(len(ys), len(xs), -1), trainer.step)

    def _end_thread(self) -> None:
        thread = self._thread
        if thread is not None:
            self._control.stop()
            thread.join(JOIN_TIMEOUT_S)
            self._thread = None
        self.frame_timer.stop()

    # ------------------------------------------------------------------ frames
    def _reset_frame_tracking(self) -> None:
        self._seen = None
        self._grid_wanted = False
        self._boundary: BoundaryGrid | None = None
        self._ticks = 0
        self._rate = math.nan
        self._last_rate_time, self._last_rate_step = time.monotonic(), 0
        self._grid_axes = self._grid_points = self._points = None

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _tick(self) -> None:
        trainer = self._trainer
        alive = self.is_active
        self._ticks += 1
        if alive and self._ticks % BOUNDARY_EVERY_FRAMES == 0:
            self._grid_wanted = True
        self._measure_rate(trainer)
        if not alive:
            self._finish_run()
            return
        status = trainer.status
        self._set_state("running" if status == "idle" else status)
        self._emit_frame()

    def _measure_rate(self, trainer: Trainer) -> None:
        now = time.monotonic()
        elapsed = now - self._last_rate_time
        if elapsed < 0.25:
            return
        rate = (trainer.step - self._last_rate_step) / elapsed
        self._rate = rate if math.isnan(self._rate) else \
            RATE_SMOOTHING * rate + (1 - RATE_SMOOTHING) * self._rate
        self._last_rate_time, self._last_rate_step = now, trainer.step

    def _finish_run(self) -> None:
        """The thread has ended: join it, draw the final state, report."""
        self._thread.join()
        self._thread = None
        self.frame_timer.stop()
        if self._error is not None:
            self.failed.emit(self._error)
            self._set_state("stopped")
            self._emit_frame(force=True)
            return
        self._set_state(self._trainer.status)
        self._emit_frame(force=True)
        self.finished.emit(self._result)

    def _emit_frame(self, force: bool = False) -> None:
        trainer = self._trainer
        if self._grid_points is not None and not self.is_active and (
                self._boundary is None or self._boundary.step != trainer.step):
            # No thread is stepping: the GUI thread may evaluate the net itself.
            self._boundary = self._evaluate_grid(trainer)
        boundary = self._boundary
        seen = (trainer.history.appended, trainer.epochs.appended, trainer.status,
                boundary.step if boundary is not None else -1, id(boundary))
        if seen == self._seen and not force:
            return
        self._seen = seen
        steps = trainer.history.snapshot()
        epochs = trainer.epochs.snapshot()
        loss = steps["loss"]
        self.frame.emit(RunFrame(
            steps=steps, epochs=epochs,
            layer_names=list(trainer.layer_names), layer_activations=list(trainer.layer_activations),
            status=trainer.status, step=trainer.step, epoch=trainer.epoch,
            total_steps=trainer.total_steps, steps_per_s=self._rate,
            diagnosis=diagnose(steps, trainer.layer_activations, trainer.status),
            boundary=boundary, points=self._points,
            loss=float(loss[-1]) if len(loss) else math.nan,
        ))
