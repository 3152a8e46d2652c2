"""Runs one Trainer at a time in a child process and hands the GUI what is new, at a frame rate.

This is the only module of the workbench that starts a process (what runs inside it is
``workbench.training_process``, which imports no Qt).

Why a process: training is Python-bound, and so is the GUI thread's painting (pyqtgraph).  On a
thread they fight over one GIL and each slows the other; in a child process training has its own
interpreter and core, and the GUI thread only unpickles the newest history rows ~30 times a second.

How a run goes:

- ``start`` and ``reset`` first check the experiment here (``engine.trainer.check_build``: the
  validator, the data, the memory it needs; an unbuildable one emits ``failed`` at once and changes
  nothing).  Data slow to load (a million generated points, a CSV file of megabytes:
  ``engine.datasets.quick_to_load``) is not loaded here: a generated set is checked from its shape,
  a big file by the process that builds the network.  A small network's Trainer (up to
  ``BUILD_INLINE_PARAMETERS``) on data loaded here is then built here,
  synchronously, and never trained: it gives the ``RunOutline`` (layer names, the dataset's points,
  ``total_steps``...) and the idle frame, which Reset shows at once.  A big network's weights would
  keep the window waiting (0.1 s per ~10 million parameters), as would slow data: it is built away from the GUI thread,
  by the training process about to start (its first report carries the outline) or, for Reset's
  idle frame, by a ``BackgroundCall`` (``untrained_network``, which paints its pictures too).  Until
  then the runner's state is "building" and it emits no frame; a newer reset or start cancels the
  build (no older experiment's frame ever follows a newer one), a build that fails emits the same
  ``failed`` message as one here, and closing cancels it with everything else.
- The child builds its own Trainer from ``experiment.to_json()``: same experiment, same seed,
  bit-identical run.  The child is started from a "forkserver" on Linux (preloaded with NumPy and
  the engine, so a start costs milliseconds and no Qt state is inherited), "spawn" elsewhere.
  The child never imports Qt: not through the engine, not through ``workbench.training_process``
  and not through the parent's main script (hidden while the child starts).
- Commands (pause, resume, stop, single step, live lr and clip threshold) go down a pipe to the
  child's ``TrainingControl``.  Commands given before the child exists (a single step from idle
  starts it paused with one step requested) are handed to it at start.  A ``TrainingControl``
  kept here mirrors the requests: it validates settings and says whether a pause was asked for.
- Progress comes back up a pipe: the history rows added since the last report (all of them after
  the History merged old rows), status, step, epoch and the pictures of the model painted since
  (the decision-boundary grid, ...; see ``PICTURE_PAINTERS``), at most every ~30 ms while running,
  always when the run blocks paused (so the exact paused state is shown) and when it ends (with
  the engine's RunResult).  A reader thread (``ReportReader``) receives the reports, so the GUI
  thread never waits on a half-sent one (a frozen child once blocked it in ``recv``); the frame
  timer (~30 Hz) takes the complete reports that arrived, adds every report's rows to the history
  it holds, acknowledges the newest (the child sends the next one only then, so a busy GUI gets
  fewer, fresher reports), and emits ``frame`` when something arrived.  A child that dies without a final report emits ``failed`` with its
  exit code.  The protocol and the child's side are described in ``workbench.training_process``.
- ``shutdown`` (and a new start, or reset) sends stop and waits for the child (the reader thread
  keeps draining its reports); a child still alive after ``JOIN_TIMEOUT_S`` is terminated, and
  killed ``TERMINATE_TIMEOUT_S`` later (a stopped or frozen child ignores terminate), so closing
  takes at most a few seconds.  The child is joined, the reader thread too, and both pipes
  closed: no zombie, no thread, nothing left behind.  If the GUI process dies, the
  child sees its command pipe close and stops itself.
"""
from __future__ import annotations

import dataclasses

import functools
import math
import multiprocessing
import multiprocessing.forkserver
import os
import queue
import sys
import threading
import time
import types
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from engine import i18n
from engine.diagnosis import Diagnosis, diagnose
from engine.spec import Experiment
from engine.datasets import DataShape
from engine.trainer import BuildCheck, RunResult, Trainer, TrainingControl, check_build, initial_network
from engine.weight_layouts import save_weights_as
from workbench.training_process import (BoundaryGrid, Progress, RowBuffer, RunOutline, TrainingPoints, UntrainedNetwork,
                                        apply_command, boundary_axes, call_in_child, has_boundary, outline_of,
                                        picture_painters, progress_of, train_in_child, training_points,
                                        untrained_network)

# Up to this many parameters the idle frame's pictures are painted at once (tens of milliseconds at
# most); a bigger net's in a background process, so opening it never keeps the window waiting.
IDLE_PICTURES_INLINE_PARAMETERS = 20_000
# Up to this many parameters a trainer is built on the GUI thread (~10 ms of weights' initialisation);
# a bigger one's away from it ("building"), so opening any network keeps the window waiting < 100 ms.
BUILD_INLINE_PARAMETERS = 1_000_000
FRAME_INTERVAL_MS = 40          # 25 frames per second: smooth, and leaves the training process its core
JOIN_TIMEOUT_S = 3.0            # for a stopped run to end (a step of a big model): then terminate
TERMINATE_TIMEOUT_S = 1.0       # after terminate(), before the last resort kill()
RATE_SMOOTHING = 0.3            # weight of the newest steps/s measurement
CHILD_PRELOAD = ["numpy", "engine.datasets", "engine.trainer", "workbench.training_process"]

BACKGROUND_POLL_MS = 50         # how often a background job's pipe is looked at

__all__ = ["BackgroundCall", "BoundaryGrid", "RunEnd", "RunFrame", "RunOutline", "RunnerPool", "TrainingPoints",
           "TrainingRunner", "boundary_axes", "built_here", "has_boundary"]


@functools.cache
def training_context() -> multiprocessing.context.BaseContext:
    """Forkserver on Linux: a clean, preloaded server forks each child in milliseconds.  Spawn
    elsewhere (macOS and Windows cannot fork safely).  Never plain fork: it would copy the Qt
    process, threads and all."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(CHILD_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_forkserver() -> None:
    """Start the forkserver now, so it preloads while the user is still editing and the first Run
    starts in milliseconds too (starting it costs ~0.25 s).  Returns at once."""
    if training_context().get_start_method() == "forkserver":
        multiprocessing.forkserver.ensure_running()


@contextmanager
def main_script_hidden():
    """Spawn and forkserver children re-run the parent's main script (to find anything pickled
    from it).  The training child needs nothing from it, and the script imports Qt (or, unguarded,
    would start a second app), so while the child starts it is shown a bare ``__main__``."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class ReportReader:
    """Receives the child's reports on a thread of its own: ``recv`` blocks until a whole message
    is in, which the GUI thread must never do.  ``take()`` returns the complete reports that have
    arrived, without blocking; ``closed`` is set once the child's end of the pipe closed."""

    def __init__(self, connection: Connection):
        self._connection = connection
        self._reports: queue.SimpleQueue = queue.SimpleQueue()
        self.closed = threading.Event()
        self._thread = threading.Thread(target=self._read, name="backprop-reports", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            while True:
                self._reports.put(self._connection.recv())
        except (EOFError, OSError):
            pass   # the child ended (or was killed mid-report): nothing more will come
        finally:
            self.closed.set()

    def take(self) -> list[Progress]:
        reports = []
        while True:
            try:
                reports.append(self._reports.get_nowait())
            except queue.Empty:
                return reports

    def join(self) -> None:
        """Wait for the thread; call once the child is gone, which closes the pipe."""
        self._thread.join()


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
    pictures: dict = dataclasses.field(default_factory=dict)   # name -> newest picture (training_process)
    points: TrainingPoints | None = None
    loss: float = math.nan            # the newest recorded per-step loss
    experiment: Experiment | None = None   # what this run trains
    changes: tuple = ()               # settings changed live: (first step with it, "lr" | "clip", value)
    picture_names: frozenset = frozenset()   # the pictures that apply to this run (painted or not yet)

    @property
    def boundary(self) -> BoundaryGrid | None:
        return self.pictures.get("boundary")


@dataclass(frozen=True)
class RunEnd:
    """How a launched run ended: its final histories and figures, and where the child wrote it."""
    experiment: Experiment
    steps: dict
    epochs: dict
    layer_names: list[str]
    result: RunResult | None          # None: the process died or failed without a final report
    wall_time_s: float
    folder: Path | None               # the run's folder (headless format), None if not written
    save_problem: str | None          # why it was not written


def built_here(check: BuildCheck) -> bool:
    """Whether a trainer of the checked experiment is built on the GUI thread (a small network's on
    data quick to load, in milliseconds) or away from it (a big one's: BUILD_INLINE_PARAMETERS; or
    one whose data ``check_build(..., load_slow_data=False)`` left unloaded)."""
    return check.dataset is not None and check.parameters <= BUILD_INLINE_PARAMETERS


def pictures_of(trainer: Trainer) -> tuple[dict, TrainingPoints | None]:
    """The pictures of a trainer's model as it is now (training_process.PICTURE_PAINTERS) and its
    2-D training points."""
    return {name: paint(trainer) for name, paint in picture_painters(trainer).items()}, training_points(trainer)


def live_change(before: Experiment, after: Experiment) -> tuple[float | None, float | None] | None:
    """If ``after`` differs from ``before`` only in what a run can take live (the learning rate,
    the clip threshold of an active clip mode), return (new lr or None, new threshold or None);
    otherwise None: the edit needs a restart to take effect."""
    lr = after.optimizer.lr if after.optimizer.lr != before.optimizer.lr else None
    clip = after.clip.threshold if (after.clip.threshold != before.clip.threshold
                                    and after.clip.mode == before.clip.mode != "off") else None
    rest = dataclasses.replace(after, optimizer=dataclasses.replace(after.optimizer, lr=before.optimizer.lr))
    if clip is not None:
        rest = dataclasses.replace(rest, clip=before.clip)
    return (lr, clip) if rest == before and (lr, clip) != (None, None) else None


class TrainingRunner(QObject):
    frame = Signal(object)            # RunFrame
    state_changed = Signal(str)
    finished = Signal(object)         # RunResult, when a run ends (finished, stopped or diverged)
    failed = Signal(str)              # the experiment could not be built or training failed
    launched = Signal(object)         # Experiment: a training process started a run
    ended = Signal(object)            # RunEnd: a launched run is over, however it ended

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # Where each launched run is written (a fresh folder per call); None: not written.
        self.run_folders: Callable[[], Path] | None = None
        self.run_folder: Path | None = None
        self._experiment: Experiment | None = None
        self._outline: RunOutline | None = None       # what the experiment's trainer is; None while building
        self._trainer: Trainer | None = None           # a small network's, built here to describe it; never trained
        self._control: TrainingControl | None = None   # mirror of the requests sent to the child
        self._queued: list[tuple] = []                 # commands for a child not started yet
        self._launched = False
        self._end_reported = False
        self._process: multiprocessing.process.BaseProcess | None = None
        self._commands: Connection | None = None
        self._progress: Connection | None = None
        self._reports: ReportReader | None = None
        self._latest: Progress | None = None           # the newest report: what frames show (None while building)
        self._rows = RowBuffer()                       # the run's per-step history, from all reports
        self._steps: dict = {}                         # ... as columns, at the newest report
        self._ending: Progress | None = None           # the child's final report, once read
        self._parameters: int | None = 0               # of the experiment's network (engine.trainer.check_build)
        self._loading_data = False                     # its data is loaded away from the GUI thread
        self._shape: DataShape | None = None           # of its data, when known without loading it
        self._painters: dict = {}                       # the trainer built here's, by picture name
        self._wanted: frozenset | None = None          # those some visible view shows (None: all)
        self._idle_painter = BackgroundCall(self)       # a big untrained net: built, and its pictures painted
        self._idle_painter.done.connect(self._take_untrained)
        self._idle_painter.failed.connect(self._untrained_failed)
        self._state = "idle"
        # Public so tests can wait on ticks instead of sleeping.
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_INTERVAL_MS)
        self.frame_timer.timeout.connect(self._tick)
        self._reset_rate()
        start_forkserver()

    # ------------------------------------------------------------------ public API
    @property
    def state(self) -> str:
        return self._state

    @property
    def is_active(self) -> bool:
        """A training process exists (running, or paused waiting for resume/step)."""
        return self._process is not None and self._process.is_alive()

    @property
    def experiment(self) -> Experiment | None:
        """The experiment of the current trainer, or of the one being built (what Reset rebuilds)."""
        return self._experiment

    @property
    def parameters(self) -> int | None:
        """How many parameters the experiment's network has (0 before the first experiment; None
        while only loading its data can tell: a big CSV file's classes size the output layer)."""
        if self._parameters is None and self._outline is not None:
            return self._outline.parameters
        return self._parameters

    @property
    def loading_data(self) -> bool:
        """The experiment's data is slow to load (``engine.datasets.quick_to_load``), so the GUI
        thread leaves it to the process that builds the network: true while "building" that way."""
        return self._loading_data and self._state == "building"

    @property
    def has_frame(self) -> bool:
        """The runner has a frame of its experiment to show: False while its network is being built,
        and after that build failed."""
        return self._outline is not None

    def save_weights(self, path, layout: str) -> bool:
        """Write the network's weights in ``layout`` (engine.weight_layouts) at the run's exact
        state: the untrained network's before a run, the newest pause's or the end's after one.
        False (nothing written) while a run has not reported such a state: its weights change
        every step."""
        if self._launched:
            state = self._latest.weights if self._latest is not None else None
            if state is None:
                return False
        elif self._outline is None and not self._idle_painter.running:
            return False     # nothing was built: no experiment yet, or its build failed
        else:
            state = None     # the untrained net's own
        # A big network was never built here: built now for its names (and untrained weights, the
        # same as the training process's: same seed); exporting waits as long for the file anyway.
        # Its data is not needed, only its shape; a big CSV file's is known once the network was built
        # elsewhere (before, the file is read here: only to export during its first build).
        shape = self._outline.shape if self._outline is not None else self._shape
        if self._trainer is not None:
            net = self._trainer.net
        elif shape is not None:
            net = initial_network(self._experiment, shape)
        else:
            net = Trainer(self._experiment, probes=False).net
        save_weights_as(net, path, layout, state)
        return True

    @property
    def is_paused(self) -> bool:
        """A training process exists and was told to pause (it may not have reported it yet)."""
        return self.is_active and self._control.paused

    def start(self, experiment: Experiment, max_steps: int | None = None) -> bool:
        """Train ``experiment`` from fresh weights, for its full length or ``max_steps`` steps
        (the run then ends "stopped": nothing is left to resume).  False (and ``failed``) if it
        cannot be built or started."""
        return self._build(experiment, launching=True) and self._launch(max_steps)

    def run(self, experiment: Experiment) -> bool:
        """The Run command: resume a paused run of this same experiment, otherwise start afresh."""
        if self.is_paused and experiment == self._experiment:
            self._command("resume")
            return True
        return self.start(experiment)

    def pause(self) -> None:
        if self.is_active:
            self._command("pause")

    def resume(self) -> None:
        if self.is_active:
            self._command("resume")

    def toggle_pause(self) -> None:
        if self.is_active:
            self._command("resume" if self._control.paused else "pause")

    def step_once(self, experiment: Experiment | None = None) -> None:
        """Train exactly one batch, then stay paused.  With no live run this first builds a fresh
        trainer, paused, from ``experiment`` (default: the last one), unless the trainer already
        loaded is fresh and of that same experiment."""
        if self.is_active:
            self._command("pause")
            self._command("step")
            return
        experiment = experiment or self._experiment
        if experiment is None:
            return
        # Built here, or being built in the background (the training process builds its own anyway).
        fresh = not self._launched and (self._outline is not None or self._idle_painter.running)
        if not (fresh and experiment == self._experiment) and not self._build(experiment, launching=True):
            return
        self._command("pause")
        self._command("step")
        self._launch()

    def stop(self) -> None:
        if self.is_active:
            self._command("stop")

    def reset(self, experiment: Experiment | None = None) -> None:
        """Fresh weights (of ``experiment``, or of the last one) and cleared plots; ends any run.  A
        big network's frame follows once built in the background (state "building" until then)."""
        self._end_process()
        experiment = experiment or self._experiment
        if experiment is None:
            return
        if experiment == self._experiment and self._outline is None and self._idle_painter.running:
            return    # its build is on its way: the same fresh weights, from the same seed
        if self._build(experiment) and self._outline is not None:
            self._emit_frame()

    def set_lr(self, lr: float) -> None:
        if self._control is not None:
            self._command("set_lr", lr)

    def set_clip(self, threshold: float) -> None:
        if self._control is not None:
            self._command("set_clip", threshold)

    def want_pictures(self, names: frozenset) -> None:
        """Paint only the pictures ``names`` (those some visible view shows) while training; a
        picture wanted again is painted at once when idle, or soon by the running child."""
        names = frozenset(names)
        if names == self._wanted:
            return
        self._wanted = names
        if self.is_active:
            self._send(("pictures", tuple(sorted(names))))
        elif self._outline is not None and not self._launched:
            if self._paint_idle(self._missing_pictures()):
                self._emit_frame()

    def _missing_pictures(self) -> frozenset:
        """The pictures that apply to this run and some visible view shows (all, until the window
        says which) that the newest report lacks."""
        names = self._outline.picture_names
        if self._wanted is not None:
            names &= self._wanted
        return names - frozenset(self._latest.pictures)

    def _paint_idle(self, names: frozenset) -> bool:
        """Paint the untrained network's pictures ``names``: a small net's at once (True: they are
        in the newest report), a big one's in the background (a frame follows when they arrive)."""
        if not names:
            return False
        trainer = self._trainer
        if trainer is None or self._parameters > IDLE_PICTURES_INLINE_PARAMETERS:
            # One job at a time, never restarted: when it ends, the pictures still missing get the next.
            if not self._idle_painter.running:
                self._idle_painter.start(untrained_network, self._experiment, tuple(sorted(names)))
            return False
        new = {name: self._painters[name](trainer) for name in names}
        self._latest = dataclasses.replace(self._latest, pictures={**self._latest.pictures, **new})
        return True

    def _take_untrained(self, untrained: UntrainedNetwork) -> None:
        """A background job's untrained network: the first frame of a big one being built, or the
        pictures of one built already.  Launching or building anew cancels the job, so what
        arrives is always of the runner's experiment, untrained."""
        if untrained.problem is not None:
            self._untrained_failed(untrained.problem)
            return
        if self._outline is None:        # the build the runner was waiting for
            self._outline, self._latest = untrained.outline, untrained.report
            self._steps = self._rows.take(self._latest)
            self._set_state("idle")
        else:
            self._latest = dataclasses.replace(
                self._latest, pictures={**self._latest.pictures, **untrained.report.pictures})
        self._emit_frame()
        self._paint_idle(self._missing_pictures())

    def _untrained_failed(self, problem: str) -> None:
        if self._outline is not None:    # only pictures were missing
            self.failed.emit(self.tr("Cannot draw the untrained network: {problem}").format(problem=problem))
            return
        self.failed.emit(self.tr("Cannot build this experiment: {problem}").format(problem=problem))
        self._set_state("idle")          # nothing to show: the window says so (has_frame)

    def shutdown(self) -> None:
        """Stop the training process and any background job (``BackgroundCall`` children of the
        runner) and wait for them; call before the window closes."""
        self._end_process()
        for call in self.findChildren(BackgroundCall):
            call.cancel()

    # ------------------------------------------------------------------ lifecycle
    def _build(self, experiment: Experiment, launching: bool = False) -> bool:
        """Make ``experiment`` the runner's, untrained (any run ends first).  A small network's
        trainer is built here, at once, and (unless ``launching``: the training process's first
        report brings the pictures) its untrained net painted.  A big one's is left to the training
        process about to start (``launching``) or built in the background for the idle frame: the
        runner is "building" until it arrives.  False (and ``failed``; nothing changes) if it cannot
        be built."""
        self._end_process()
        try:
            check = check_build(experiment, load_slow_data=False)
            trainer = Trainer(experiment, dataset=check.dataset) if built_here(check) else None
        except (ValueError, OSError, MemoryError) as exc:   # SpecError, DatasetError, WeightsError
            self.failed.emit(self.tr("Cannot build this experiment: {problem}").format(problem=exc))
            if not self._idle_painter.running:   # what it was to replace has ended all the same
                if self._state in ("running", "paused"):
                    self._set_state("stopped")
                elif self._state == "building":  # a big network's training process, gone before its first report
                    self._set_state("idle")
            return False
        self._idle_painter.cancel()     # an older experiment's: its frame must never follow this one's
        self._experiment, self._trainer, self._control = experiment, trainer, TrainingControl()
        self._parameters, self._shape = check.parameters, check.shape
        self._loading_data = check.dataset is None
        self._queued, self._launched, self._ending, self._end_reported = [], False, None, False
        self._rows, self._steps = RowBuffer(), {}
        self._reset_rate()
        if trainer is None:
            self._painters, self._outline, self._latest = {}, None, None
            self._set_state("building")
            if not launching:   # (a job that cannot start reports it as a failed build)
                self._idle_painter.start(untrained_network, experiment,
                                         None if self._wanted is None else tuple(sorted(self._wanted)))
            return True
        self._painters = picture_painters(trainer)
        self._outline = outline_of(trainer)
        self._latest = progress_of(trainer, {})
        # The untrained network's pictures, for the idle frame: only those a visible view shows;
        # ``want_pictures`` paints the others when their views are shown.
        if not launching:
            self._paint_idle(self._missing_pictures())
        self._steps = self._rows.take(self._latest)
        self._set_state("idle")
        return True

    def _command(self, name: str, *args) -> None:
        """Apply a request to the mirror (which validates it) and pass it on to the child, or keep
        it for the child about to start."""
        apply_command(self._control, name, *args)
        if self.is_active:
            self._send((name, *args))
        else:
            self._queued.append((name, *args))

    def _send(self, message: tuple) -> None:
        try:
            self._commands.send(message)
        except OSError:
            pass   # the child has just ended; the next tick reports how

    def _launch(self, max_steps: int | None = None) -> bool:
        self._idle_painter.cancel()     # the training process paints from now on
        context = training_context()
        child_commands, commands = context.Pipe(duplex=False)
        progress, child_progress = context.Pipe(duplex=False)
        self.run_folder = self.run_folders() if self.run_folders is not None else None
        process = context.Process(
            target=train_in_child, name="backprop-training", daemon=True,
            args=(self._experiment.to_json(), max_steps, tuple(self._queued), child_commands, child_progress,
                  str(self.run_folder) if self.run_folder is not None else None,
                  None if self._wanted is None else tuple(sorted(self._wanted)), i18n.current_language()))
        try:
            with main_script_hidden():
                process.start()
        except OSError as exc:   # out of processes or memory
            commands.close()
            progress.close()
            self.failed.emit(self.tr("Cannot start the training process: {problem}. Close other programs and try "
                                     "again.").format(problem=exc))
            return False
        finally:
            # The child has its own copies now; closing ours lets each side see the other end.
            child_commands.close()
            child_progress.close()
        self._process, self._commands, self._progress = process, commands, progress
        self._reports = ReportReader(progress)
        self._queued, self._launched = [], True
        self._reset_rate()
        self.frame_timer.start()
        self.launched.emit(self._experiment)
        return True

    def _end_process(self) -> int | None:
        """Stop the child and reap it; its exit code (None if there was no child)."""
        process = self._process
        if process is None:
            return None
        self._send(("stop",))
        # The reader thread keeps draining the pipe: the child exits only once its reports are written.
        process.join(JOIN_TIMEOUT_S)
        if process.is_alive():
            process.terminate()
            process.join(TERMINATE_TIMEOUT_S)
            if process.is_alive():
                process.kill()
        process.join()
        exit_code = process.exitcode
        process.close()
        self._reports.join()     # the child's end is closed now, so the thread has ended or is ending
        for message in self._reports.take():   # what came while it stopped, its final report among them
            self._take(message)
        self._commands.close()
        self._progress.close()
        self._process = self._commands = self._progress = self._reports = None
        self.frame_timer.stop()
        self._report_end()
        return exit_code

    def _report_end(self) -> None:
        """Emit ``ended`` once for the launched run, from its final report (or what arrived)."""
        if self._end_reported:
            return
        self._end_reported = True
        ending, latest, outline = self._ending, self._latest, self._outline
        result = ending.result if ending is not None else None
        folder = ending.run_folder if ending is not None else None
        self.ended.emit(RunEnd(   # a big network's run that ended before its first report: nothing to keep
            experiment=self._experiment, steps=self._steps, epochs=latest.epochs if latest is not None else {},
            layer_names=list(outline.layer_names) if outline is not None else [], result=result,
            wall_time_s=ending.wall_time_s if ending is not None else math.nan,
            folder=Path(folder) if folder else None,
            save_problem=ending.save_problem if ending is not None else None))

    # ------------------------------------------------------------------ frames
    def _reset_rate(self) -> None:
        self._rate = math.nan
        self._last_rate_time, self._last_rate_step = time.monotonic(), 0

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _tick(self) -> None:
        received = self._receive()
        self._measure_rate()
        if self._ending is not None or not self.is_active:
            self._finish_run()
            return
        if self._outline is None:
            return   # the training process is still building a big network: "building" until its first report
        status = self._latest.status
        self._set_state("running" if status == "idle" else status)
        if received:
            self._emit_frame()

    def _receive(self) -> bool:
        """Take every report waiting (each adds rows to the last), acknowledge the newest.  True if
        any arrived."""
        received = False
        if self._reports is not None:
            for message in self._reports.take():   # complete reports only: never waits on the child
                received = self._take(message) or received
        if received and self._ending is None:
            self._send(("ack", self._latest.seq))
        return received

    def _take(self, message: Progress) -> bool:
        """Add one report to what the runner holds; True if it carried rows."""
        if message.final:
            self._ending = message
        if message.error is not None:
            return False
        if self._outline is None:     # a big network, first built by the training process
            self._outline = message.outline
        previous = self._latest.pictures if self._latest is not None else {}
        self._steps = self._rows.take(message)
        # The child sends each picture once: keep the newest of every name.
        self._latest = dataclasses.replace(message, pictures={**previous, **message.pictures})
        return True

    def _measure_rate(self) -> None:
        now = time.monotonic()
        elapsed = now - self._last_rate_time
        if elapsed < 0.25 or self._latest is None:
            return
        step = self._latest.step
        rate = (step - self._last_rate_step) / elapsed
        self._rate = rate if math.isnan(self._rate) else \
            RATE_SMOOTHING * rate + (1 - RATE_SMOOTHING) * self._rate
        self._last_rate_time, self._last_rate_step = now, step

    def _finish_run(self) -> None:
        """The child has ended or is ending: reap it, draw the final state, report."""
        if not self.is_active:
            # Gone: the reader reaches the end of the pipe as soon as it has read the last reports.
            self._reports.closed.wait(TERMINATE_TIMEOUT_S)
        self._receive()
        ending = self._ending
        exit_code = self._end_process()
        if ending is None:
            self._fail(self.tr("The training process ended unexpectedly (exit code {code}), perhaps out of memory "
                               "or killed; the plots show its last report. Press Run to start again.").format(
                code=exit_code))
        elif ending.error is not None:
            self._fail(ending.error)
        else:
            self._set_state(ending.status)
            self._emit_frame()
            self.finished.emit(ending.result)

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        self._set_state("stopped")
        self._emit_frame()

    def _emit_frame(self) -> None:
        view, outline, steps = self._latest, self._outline, self._steps
        if outline is None:
            return   # a big network not built yet (or whose build failed): nothing of it to show
        loss = steps["loss"]
        self.frame.emit(RunFrame(
            steps=steps, epochs=view.epochs,
            layer_names=list(outline.layer_names), layer_activations=list(outline.layer_activations),
            status=view.status, step=view.step, epoch=view.epoch,
            total_steps=outline.total_steps, steps_per_s=self._rate,
            diagnosis=diagnose(steps, list(outline.layer_activations), view.status, list(outline.probe_names)),
            pictures=view.pictures, points=outline.points,
            loss=float(loss[-1]) if len(loss) else math.nan, experiment=self._experiment,
            changes=view.changes, picture_names=outline.picture_names,
        ))


class BackgroundCall(QObject):
    """Runs one picklable engine function in a child process, so the window never waits for it
    (a gradient check takes seconds of Python-bound work), and reports on the GUI thread:
    ``done(value)`` or ``failed(message)``.  One call at a time; ``start`` cancels a running one.
    Make the runner its parent and ``TrainingRunner.shutdown`` cancels it with the training."""
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._result: Connection | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BACKGROUND_POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, function, *args) -> bool:
        self.cancel()
        context = training_context()
        result, child_result = context.Pipe(duplex=False)
        process = context.Process(target=call_in_child, name="backprop-background", daemon=True,
                                  args=(function, args, child_result, i18n.current_language()))
        try:
            with main_script_hidden():
                process.start()
        except OSError as exc:
            result.close()
            self.failed.emit(self.tr("Cannot start a background process: {problem}. Close other programs and try "
                                     "again.").format(problem=exc))
            return False
        finally:
            child_result.close()
        self._process, self._result = process, result
        self._timer.start()
        return True

    def cancel(self) -> None:
        """End a running call without reporting it."""
        if self._process is not None:
            self._process.terminate()
            self._reap()

    def _poll(self) -> None:
        try:
            outcome = self._result.recv() if self._result.poll() else None
        except (EOFError, OSError):
            outcome = (False, self.tr("the background process ended unexpectedly (exit code {code})").format(
                code=self._process.exitcode))
        if outcome is None:
            return
        self._reap()
        ok, value = outcome
        if ok:
            self.done.emit(value)
        else:
            self.failed.emit(value)

    def _reap(self) -> None:
        self._timer.stop()
        self._process.join(JOIN_TIMEOUT_S)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._process.close()
        self._result.close()
        self._process = self._result = None


class RunnerPool(QObject):
    """The primary runner (the current run, drawn live by every view) and runners started beside
    it, each training in a process of its own: a fork's unchanged twin, a rerun.  At most
    ``max_beside`` train beside the primary at once (one per spare core); a runner beside is
    shut down and deleted when its run ends."""
    runner_added = Signal(object)     # a TrainingRunner beside the primary, before it launches

    def __init__(self, primary: TrainingRunner, max_beside: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.primary = primary
        self.max_beside = max(1, (os.cpu_count() or 2) - 1) if max_beside is None else max_beside
        self.beside: list[TrainingRunner] = []

    def start_beside(self, experiment: Experiment) -> TrainingRunner | None:
        """Train ``experiment`` in another process, beside the primary run; None (and the runner's
        ``failed`` message) when it cannot start, or when every spare core is busy."""
        if len(self.beside) >= self.max_beside:
            return None
        runner = TrainingRunner(self)
        self.beside.append(runner)
        self.runner_added.emit(runner)
        runner.ended.connect(lambda _end: self._release(runner))
        if not runner.start(experiment):
            self._release(runner)
            return None
        return runner

    def _release(self, runner: TrainingRunner) -> None:
        if runner in self.beside:
            self.beside.remove(runner)
            # Deleted later: the signal that ended it may still be on the stack.  Its process is gone.
            runner.deleteLater()

    @property
    def busy(self) -> int:
        """Runs training beside the primary one."""
        return len(self.beside)

    def shutdown(self) -> None:
        for runner in list(self.beside):
            runner.shutdown()
        self.primary.shutdown()
