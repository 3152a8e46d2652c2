"""What runs inside the training child process that ``workbench.runner`` starts.

It imports no Qt (neither does the ``workbench`` package), so a child loads only NumPy and the
engine.  The runner starts ``train_in_child`` in the child and the two talk over two one-way
pipes of plain picklable objects:

- commands, GUI -> child: ``("pause",)``, ``("resume",)``, ``("stop",)``, ``("step",)``,
  ``("set_lr", lr)``, ``("set_clip", threshold)``, ``("ack", seq)`` and ``("pictures", names)``
  (the pictures some visible view shows: only those are painted while running).  A listener thread in
  the child applies them to the engine's ``TrainingControl`` (thread-safe), so they take effect
  between two steps exactly as they did on a thread.  A closed pipe (the GUI went away) stops
  the run.
- progress, child -> GUI: ``Progress`` messages, at most one per ``PUBLISH_INTERVAL_S`` while
  running, and one more (never skipped) whenever the run blocks paused and when it ends.  The
  per-step history is sent as one array of the rows added since the previous message
  (``first_row``), and from the first mergeable row on after the History has merged old rows; so
  the GUI must read every message in order (``RowBuffer`` puts them together).  The first message
  carries the trainer's ``RunOutline`` (layer names, length, ...): the window never built a big
  network's trainer itself.  A trainer that cannot be built ends the child with one final message
  whose error is the window's own "Cannot build this experiment: ..." sentence.

Given a folder, the child also writes the run there as ``backprop-workbench run`` does (``RunWriter``:
metrics.csv and probes.csv streamed step by step, the rest at the end, committed whole by
``engine.run_directory``), so every run the window makes is kept on disk in the headless format.

Flow control is a one-slot scheme: while running, the child publishes only after the GUI has
acknowledged the previous message (``("ack", seq)``), so a busy GUI gets fewer, fresher frames.
The training thread only takes the new rows (one small array copy); a sender thread pickles and
writes them.  A report (~1.7 MB for a full history) is larger than a pipe's buffer and
the GUI reads only at its frame ticks, so the write waits for the GUI: that wait is the sender's,
never the training loop's.
"""
from __future__ import annotations

import math
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

import numpy as np
import threadpoolctl

from engine import i18n
from engine.datasets import DataShape, Dataset, plane_axes
from engine.distributions import DistributionPainter
from engine.fit import FitPainter
from engine.explain import Explainer, NetworkPicture, network_picture
from engine.run_directory import OutputError, RunDirectory, RunRecorder, finish_run
from engine.spec import Experiment
from engine.trainer import RunResult, Trainer, TrainingControl

CHILD_NICENESS = 5            # a lower scheduling priority than the GUI process
PUBLISH_INTERVAL_S = 0.03      # ~30 messages per second at most, one per GUI frame
BOUNDARY_INTERVAL_S = 0.1      # a fresh decision-boundary grid at most ~10 times per second,
BOUNDARY_SHARE = 0.02          # and less often if it would take more than this share of the run;
BOUNDARY_TARGET_S = 0.45       # the grid's resolution adapts so a grid comes at least this often
BOUNDARY_RESOLUTION = 80       # grid points per axis at most
BOUNDARY_MIN_RESOLUTION = 12   # ... and at least: coarse, but still the shape of the regions
BOUNDARY_AT_REST_S = 0.25      # a paused or finished run's grid may take this long: nothing trains meanwhile
PROBE_RESOLUTION = 24          # the grid timed before the first one, to choose its resolution
BOUNDARY_MARGIN = 0.1          # extra room around the data, as a fraction of its range
# Training points drawn under the boundary at most (a scatter of 2,000 takes the GUI ~20 ms to set,
# 800,000 took 6 s): a bigger set's are evenly spaced rows of its (shuffled) training set.
MAX_DRAWN_POINTS = 2_000
COST_SMOOTHING = 0.5           # weight of the newest timing in the running cost per grid point
NETWORK_INTERVAL_S = 0.1       # the network view's picture (a batch taken apart): ~10 a second at most,
NETWORK_SHARE = 0.02           # and less often if it would take more than 2% of the run
NETWORK_PLANE_RESOLUTION = 20  # grid points per axis of each unit's picture over the input plane


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
class Progress:
    """One report of a run: copies of its histories and where it stands."""
    seq: int
    rows: np.ndarray                   # per-step History rows from ``first_row`` on (History.rows)
    row_keys: tuple                    # ... and what their columns are (History.keys)
    epochs: dict                       # per-epoch History snapshot
    status: str
    step: int
    epoch: int
    pictures: dict                     # name -> picture, only those new since the previous report
    final: bool = False                # the run has ended; ``result`` or ``error`` says how
    result: RunResult | None = None
    error: str | None = None
    first_row: int = 0                 # > 0: the rows before are those the previous report had
    changes: tuple = ()                # settings changed live: (step, "lr" | "clip", value)
    weights: dict | None = None        # the network's state (engine layout), on reports of an exact state
    wall_time_s: float = math.nan      # final: seconds from the first step to the end
    run_folder: str | None = None      # final: where the run was written (headless format)
    save_problem: str | None = None    # final: why it could not be written
    outline: RunOutline | None = None     # the first report: what the child's trainer is (RunOutline)


@dataclass(frozen=True)
class TrainingPoints:
    """A copy of the training data of a 2-D classification set (MAX_DRAWN_POINTS rows of it at most),
    for drawing under the boundary."""
    x: np.ndarray
    labels: np.ndarray
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...] = ("x₁", "x₂")


@dataclass(frozen=True)
class RunOutline:
    """What the window shows of a trainer besides its progress: its probed layers, its length, the
    pictures that apply and the 2-D training points.  The runner takes it from a trainer it builds
    itself (a small network) or from the process that built one (a big network's: see
    ``untrained_network`` and the training process's first report)."""
    layer_names: tuple[str, ...]
    layer_activations: tuple[str, ...]
    probe_names: tuple[str, ...]
    total_steps: int
    picture_names: frozenset
    points: TrainingPoints | None
    parameters: int
    shape: DataShape                 # of its data: what sizes its network (engine.trainer.initial_network)


def training_points(trainer: Trainer) -> TrainingPoints | None:
    """A 2-D classification set's training points, drawn under the decision boundary."""
    ds = trainer.dataset
    if not has_boundary(ds):
        return None
    n = len(ds.x_train)
    rows = np.unique(np.linspace(0, n - 1, MAX_DRAWN_POINTS).astype(np.intp)) if n > MAX_DRAWN_POINTS else slice(None)
    return TrainingPoints(np.array(ds.x_train[rows]), np.array(ds.y_train[rows]), tuple(ds.class_names),
                          tuple(ds.feature_names))


def outline_of(trainer: Trainer) -> RunOutline:
    return RunOutline(tuple(trainer.layer_names), tuple(trainer.layer_activations), tuple(trainer.probe_names),
                      trainer.total_steps, frozenset(picture_painters(trainer)), training_points(trainer),
                      sum(value.size for _, value, _ in trainer.net.parameters()), trainer.dataset.shape)


def boundary_axes(x: np.ndarray, resolution: int = BOUNDARY_RESOLUTION,
                  margin: float = BOUNDARY_MARGIN) -> tuple[np.ndarray, np.ndarray]:
    """Grid coordinates covering the data's range plus a margin on each side."""
    return plane_axes(x, resolution, margin)


def has_boundary(dataset: Dataset) -> bool:
    return dataset.task == "classification" and dataset.n_inputs == 2


def adapted_resolution(seconds_per_point: float, budget_s: float) -> int:
    """Grid points per axis such that a grid costs at most ``budget_s``, within the bounds."""
    if not seconds_per_point > 0:
        return BOUNDARY_RESOLUTION
    side = int(math.sqrt(budget_s / seconds_per_point))
    return max(BOUNDARY_MIN_RESOLUTION, min(BOUNDARY_RESOLUTION, side))


class BoundaryEvaluator:
    """Evaluates a trainer's model on a grid over its training data (2-D classification).

    A deep or wide net costs more per grid point, so the grid gets coarser rather than rarer: the
    painter times each grid and picks the next one's resolution so that it costs at most
    ``share * BOUNDARY_TARGET_S``, which the publisher then allows every BOUNDARY_TARGET_S
    (more than 2 grids a second for any network, each within the share).  Before the first grid
    a coarse one is timed, so the first is within the budget too.
    """
    interval_s = BOUNDARY_INTERVAL_S
    share = BOUNDARY_SHARE
    max_interval_s = BOUNDARY_TARGET_S   # the resolution, not the rate, gives way to a costly net

    @classmethod
    def for_trainer(cls, trainer: Trainer) -> "BoundaryEvaluator | None":
        return cls(trainer.dataset) if has_boundary(trainer.dataset) else None

    def __init__(self, dataset: Dataset, clock: Callable[[], float] = time.perf_counter):
        self.x_train = dataset.x_train
        self.clock = clock
        self.seconds_per_point = math.nan
        self.resolution = BOUNDARY_RESOLUTION
        self._grids: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def _grid(self, resolution: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(xs, ys, points) of a grid, kept for reuse: the resolution settles after a few grids."""
        grid = self._grids.get(resolution)
        if grid is None:
            if len(self._grids) >= 4:
                self._grids.clear()
            xs, ys = boundary_axes(self.x_train, resolution)
            gx, gy = np.meshgrid(xs, ys)
            grid = self._grids[resolution] = (xs, ys, np.column_stack([gx.ravel(), gy.ravel()]))
        return grid

    def _timed_predict(self, trainer: Trainer, points: np.ndarray) -> np.ndarray:
        started = self.clock()
        probs = trainer.predict(points)
        cost = (self.clock() - started) / len(points)
        self.seconds_per_point = cost if math.isnan(self.seconds_per_point) else \
            COST_SMOOTHING * cost + (1 - COST_SMOOTHING) * self.seconds_per_point
        return probs

    def at_rest(self, trainer: Trainer) -> BoundaryGrid:
        """The grid of a paused or finished run: as fine as BOUNDARY_AT_REST_S allows, since it
        slows no training (the coarse grids of a running costly net stay a live preview)."""
        if math.isnan(self.seconds_per_point):
            self._timed_predict(trainer, self._grid(PROBE_RESOLUTION)[2])
        return self._grid_picture(trainer, adapted_resolution(self.seconds_per_point, BOUNDARY_AT_REST_S))

    def __call__(self, trainer: Trainer) -> BoundaryGrid:
        if math.isnan(self.seconds_per_point):
            # The first grid: time a coarse one first, so even the first picture of a huge
            # network (drawn before the run starts, on the GUI thread) stays within the budget.
            self._timed_predict(trainer, self._grid(PROBE_RESOLUTION)[2])
            self.resolution = adapted_resolution(self.seconds_per_point, self.share * BOUNDARY_TARGET_S)
        grid = self._grid_picture(trainer, self.resolution)
        wanted = adapted_resolution(self.seconds_per_point, self.share * BOUNDARY_TARGET_S)
        # Timings jitter: change the picture's grain only for a change of more than a tenth.
        if abs(wanted - self.resolution) > 0.1 * self.resolution:
            self.resolution = wanted
        return grid

    def _grid_picture(self, trainer: Trainer, resolution: int) -> BoundaryGrid:
        xs, ys, points = self._grid(resolution)
        probs = self._timed_predict(trainer, points)
        if probs.shape[1] == 1:   # binary cross-entropy predicts P(class 1) only
            probs = np.hstack([1.0 - probs, probs])
        # mse predicts one-hot targets, not probabilities: clip them into [0, 1].
        probs = np.clip(probs, 0.0, 1.0)
        return BoundaryGrid(xs, ys, probs.reshape(len(ys), len(xs), -1), trainer.step)


class NetworkPainter:
    """The picture of the network view and the chain-rule ledger: the batch the next step trains on,
    taken apart by ``engine.explain`` (per layer at most 16 units, the ledger, the worked example
    of a single-unit chain) and, for 2-D inputs, each shown unit's output over the input plane.
    It costs about five training steps of the same net (one forward and backward pass, one
    forward pass over a 20 x 20 grid, a few copies) and is bounded by ``share``."""
    interval_s = NETWORK_INTERVAL_S
    share = NETWORK_SHARE

    @classmethod
    def for_trainer(cls, trainer: Trainer) -> "NetworkPainter":
        return cls(trainer)

    def __init__(self, trainer: Trainer):
        self.explainer: Explainer | None = None    # a float64 copy of the net: made when first painted
        x = trainer.dataset.x_train
        self.plane = boundary_axes(x, NETWORK_PLANE_RESOLUTION) if x.shape[1] == 2 and len(x) else None

    def __call__(self, trainer: Trainer) -> NetworkPicture:
        if self.explainer is None:
            self.explainer = Explainer(trainer)
        return network_picture(self.explainer, plane=self.plane)


# Pictures of the model that the training process computes besides the history (the decision
# boundary, ...): name -> a factory that, given the run's trainer, returns a painter or None when
# the picture does not apply to this run.  A painter is called with the trainer and returns a
# picture object (picklable, with a ``step`` attribute); an optional ``at_rest`` method paints the
# picture of a paused or finished run, when it may take longer; its ``interval_s`` is the least time
# between two pictures and its ``share`` the largest fraction of the run's time it may take; an
# optional ``max_interval_s`` is the most time between two pictures, for a painter that keeps
# within its share by making its pictures cheaper instead.  A new picture is one entry here;
# views find it in ``RunFrame.pictures[name]``.
PICTURE_PAINTERS: dict[str, Callable[[Trainer], object]] = {
    "boundary": BoundaryEvaluator.for_trainer,
    "fit": FitPainter.for_trainer,
    "distributions": DistributionPainter.for_trainer,
    "network": NetworkPainter.for_trainer,
}


def picture_painters(trainer: Trainer, names: frozenset | None = None) -> dict[str, Callable[[Trainer], object]]:
    """The painters that apply to this run, by picture name; with ``names``, only those among them."""
    painters = {name: factory(trainer) for name, factory in PICTURE_PAINTERS.items()
                if names is None or name in names}
    return {name: painter for name, painter in painters.items() if painter is not None}


@dataclass(frozen=True)
class UntrainedNetwork:
    """An untrained network built in a background process for the window's idle frame: its outline
    (what the runner waits for when the network is too big to build on the GUI thread) and its
    untrained state's report with the pictures asked for (all the runner takes when it built the
    network itself); or why it cannot be built (``problem``, the build error's text, as
    ``Trainer(experiment)`` raised it)."""
    outline: RunOutline | None
    report: Progress | None
    problem: str | None = None


def untrained_network(experiment: Experiment, names: tuple[str, ...] | None) -> UntrainedNetwork:
    """Build ``experiment``'s trainer and paint its untrained network's pictures ``names`` (None: every
    one that applies), in a background process (``workbench.runner.BackgroundCall``): a big net's
    weights and pictures would keep the window waiting."""
    try:
        trainer = Trainer(experiment)
    except (ValueError, OSError, MemoryError) as exc:   # SpecError, DatasetError, WeightsError: as the runner's own build
        return UntrainedNetwork(None, None, str(exc))
    # Off the GUI thread, and nothing trains meanwhile: each picture as fine as at a pause.
    pictures = {name: getattr(paint, "at_rest", paint)(trainer)
                for name, paint in picture_painters(trainer, None if names is None else frozenset(names)).items()}
    return UntrainedNetwork(outline_of(trainer), progress_of(trainer, pictures))


def progress_of(trainer: Trainer, pictures: dict, seq: int = 0, first_row: int = 0, **ending) -> Progress:
    history = trainer.history
    return Progress(seq=seq, rows=history.rows(first_row), row_keys=history.keys,
                    epochs=trainer.epochs.snapshot(), status=trainer.status,
                    step=trainer.step, epoch=trainer.epoch, pictures=pictures, first_row=first_row,
                    changes=tuple(trainer.changes), **ending)


class RowBuffer:
    """The receiving side's copy of the per-step History, filled in place from each report's rows.

    Appending new rows only writes them (a few per report, whatever the run's length); the columns
    handed out are views of one column-major block.  When the History merged (a report rewrites
    rows the buffer already has) a fresh block is made, so the columns given out before never
    change under their holders.
    """

    def __init__(self) -> None:
        self._keys: tuple = ()
        self._block = np.empty((0, 0), order="F")
        self._n = 0

    def take(self, report: Progress) -> dict[str, np.ndarray]:
        """Add a report's rows (in order, as sent) and return the whole history as columns."""
        first, rows = report.first_row, report.rows
        end = first + len(rows)
        if report.row_keys != self._keys or first < self._n or end > len(self._block):
            # Grow by doubling only when the rows do not fit: a merge (first < n) rewrites rows in
            # a fresh block of the same size, so the block stays within twice the History's capacity.
            size = len(self._block) if end <= len(self._block) else max(end, 2 * len(self._block), 64)
            block = np.empty((size, len(report.row_keys)), order="F")
            if report.row_keys == self._keys:
                block[:first] = self._block[:first]
            self._block, self._keys = block, report.row_keys
        self._block[first:end] = rows
        self._n = end
        return self.columns()

    def columns(self) -> dict[str, np.ndarray]:
        out = {key: self._block[:self._n, i] for i, key in enumerate(self._keys)}
        out["step"] = out["step"].astype(np.int64)
        out["width"] = out["width"].astype(np.int64)
        return out


class PublishingControl(TrainingControl):
    """The engine's control, plus a hook run whenever the trainer is about to block paused: the
    last moment the child can report the exact paused state (weights, history, boundary)."""

    def __init__(self) -> None:
        super().__init__()
        self.on_block: Callable[[], None] | None = None

    def wait_turn(self, on_pause=None) -> bool:
        def pausing() -> None:
            if on_pause is not None:
                on_pause()
            if self.on_block is not None:
                self.on_block()
        return super().wait_turn(pausing)


class Publisher:
    """Takes ``Progress`` reports on the child's training thread, throttled and acknowledged."""

    def __init__(self, trainer: Trainer, send: Callable[[Progress], None], wanted: frozenset | None = None):
        self.trainer = trainer
        self.send = send
        self.painters = picture_painters(trainer)
        # The pictures a visible view shows (None: all); the listener thread replaces the set whole.
        self.wanted = wanted
        self.sent = 0
        self.rows_sent = 0              # the History's length and merge count at the last report
        self.merges_sent = 0
        self.acked = 0                  # written by the listener thread; an int store is atomic
        self.next_publish = 0.0
        self.next_picture = {name: 0.0 for name in self.painters}
        self.pictures: dict = {}        # the newest picture of each name
        self.pictures_sent: dict = {}   # what the GUI already has
        self.at_rest: set[str] = set()  # the pictures whose newest was painted at rest

    def after_step(self, trainer: Trainer) -> None:
        """The run's per-step callback: cheap unless a message is due."""
        if self.acked != self.sent or trainer.control.paused:
            return   # the GUI is behind, or a pause is coming and will publish the exact state
        now = time.perf_counter()
        if now >= self.next_publish:
            self.next_publish = now + PUBLISH_INTERVAL_S
            self.publish(fresh_pictures=False)

    def paint(self, every: bool) -> None:
        """Paint each picture that is due (or, with ``every``, each one not of this step yet)."""
        for name, painter in self.painters.items():
            newest = self.pictures.get(name)
            # A live picture of this very step is still repainted at rest when the run stops here.
            at_rest = every and hasattr(painter, "at_rest")
            if newest is not None and newest.step == self.trainer.step and not (at_rest and name not in self.at_rest):
                continue
            started = time.perf_counter()
            if not every and (started < self.next_picture[name]
                              or (self.wanted is not None and name not in self.wanted)):
                continue
            self.pictures[name] = painter.at_rest(self.trainer) if at_rest else painter(self.trainer)
            if at_rest:
                self.at_rest.add(name)
            else:
                self.at_rest.discard(name)
            # A big net costs tens of milliseconds per picture: space them out so each picture
            # never slows training by more than its share; a painter that adapts its own cost
            # (the boundary's resolution) promises a picture at least every max_interval_s.
            now = time.perf_counter()
            spacing = max(painter.interval_s, (now - started) / painter.share)
            self.next_picture[name] = now + min(spacing, getattr(painter, "max_interval_s", math.inf))

    def publish(self, fresh_pictures: bool = True, **ending) -> None:
        self.paint(every=fresh_pictures)
        self.sent += 1
        history = self.trainer.history
        # Only new rows; after the History merged older ones, the rows from its first merged one
        # on (~1.3 MB; a few kB otherwise): the rows before keep_first never change.
        unchanged = history.merges == self.merges_sent
        first_row = self.rows_sent if unchanged else min(self.rows_sent, history.keep_first)
        self.rows_sent, self.merges_sent = len(history), history.merges
        # A picture (a grid is ~150 kB) goes out once; the GUI keeps showing it until a newer one.
        pictures = {name: picture for name, picture in self.pictures.items()
                    if self.pictures_sent.get(name) is not picture}
        self.pictures_sent = dict(self.pictures)
        # Reports of an exact state (a pause, the end) carry the weights, for File → Export → Weights.
        weights = self.trainer.net.state_dict() if fresh_pictures else None
        # The first report says what the trainer is: a big network's was never built in the window.
        outline = outline_of(self.trainer) if self.sent == 1 else None
        self.send(progress_of(self.trainer, pictures, self.sent, first_row, weights=weights, outline=outline,
                              **ending))


# Command names (as sent down the pipe) and the TrainingControl methods they call.
CONTROL_METHODS = {"pause": "pause", "resume": "resume", "stop": "stop", "step": "request_step",
                   "set_lr": "set_lr", "set_clip": "set_clip"}


def apply_command(control: TrainingControl, name: str, *args) -> None:
    getattr(control, CONTROL_METHODS[name])(*args)


def listen(commands: Connection, control: TrainingControl, publisher: Publisher) -> None:
    """The child's listener thread: applies the GUI's commands until stop or a closed pipe."""
    while True:
        try:
            name, *args = commands.recv()
        except (EOFError, OSError):      # the GUI closed the pipe or died: nobody is watching
            control.stop()
            return
        if name == "ack":
            publisher.acked = args[0]
            continue
        if name == "pictures":
            publisher.wanted = frozenset(args[0])
            continue
        apply_command(control, name, *args)
        if name == "stop":
            return


def send_all(outbox: queue.Queue, progress: Connection) -> None:
    """The child's sender thread: writes reports to the GUI until told to end with None."""
    try:
        while (message := outbox.get()) is not None:
            progress.send(message)
    except OSError:
        pass   # the GUI closed its end: nobody is left to report to, and the listener stops the run
    finally:
        progress.close()


# BLAS threads of each of the window's child processes.  The window may train a run on every core
# but its own (a fork, run again: RunnerPool) and its GUI thread takes a core whenever it draws;
# BLAS threads spread over the cores stall one another whenever one of them is taken (a 4x512 net
# trained at a third of its one-thread speed on 2 cores), so each process keeps to one, as sweep
# workers do.
CHILD_BLAS_THREADS = 1


def leave_the_window_its_core() -> None:
    """For a child process of the window: when the GUI thread wants a core, it gets it first (a
    lower priority), and BLAS keeps to one thread (CHILD_BLAS_THREADS)."""
    if hasattr(os, "nice"):
        os.nice(CHILD_NICENESS)
    threadpoolctl.threadpool_limits(CHILD_BLAS_THREADS)


def call_in_child(function: Callable, args: tuple, result: Connection, language: str = i18n.ENGLISH) -> None:
    """A background job's child process (``workbench.runner.BackgroundCall``): run ``function(*args)``
    and send back ``(True, value)``, or ``(False, message)`` if it raised; texts in ``language``."""
    i18n.use_language(language)
    leave_the_window_its_core()
    try:
        outcome = (True, function(*args))
    except Exception as exc:   # the GUI shows the message; the child must end either way
        outcome = (False, f"{type(exc).__name__}: {exc}")
    try:
        result.send(outcome)
    except OSError:
        pass   # the GUI cancelled the job and closed its end
    finally:
        result.close()


class RunWriter:
    """Writes the run into ``out`` as the headless runner does (engine.run_directory), step by step,
    committed whole at the end.  A folder that cannot be written (a full disk) ends the writing with
    ``problem`` set, never the training."""

    def __init__(self, trainer: Trainer, out: str | None):
        self.problem: str | None = None
        self.run: RunDirectory | None = None
        self.recorder: RunRecorder | None = None
        if out is None:
            return
        try:
            self.run = RunDirectory(out)
            self.recorder = RunRecorder(trainer, self.run)
        except (OutputError, OSError) as exc:
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        reason = getattr(exc, "strerror", None) or exc
        self.problem = i18n.translate(
            "Runs", "This run could not be saved to {folder}: {reason}. It stays in the Runs list until the "
                    "window closes; free some space to keep the next runs.").format(
            folder=self.run.out if self.run else i18n.translate("Runs", "disk"), reason=reason)
        if self.run is not None:
            self.run.discard()
        self.run = self.recorder = None

    def after_step(self, trainer: Trainer) -> None:
        if self.recorder is not None:
            try:
                self.recorder(trainer)
            except OSError as exc:
                self._give_up(exc)

    def finish(self, trainer: Trainer, result: RunResult, wall_time_s: float) -> str | None:
        """Commit the run; its folder, or None (see ``problem``)."""
        if self.run is None:
            return None
        try:
            return str(finish_run(self.run, trainer, result, wall_time_s))
        except OSError as exc:
            self._give_up(exc)
            return None

    def discard(self) -> None:
        if self.run is not None and not self.run.committed:
            self.run.discard()


class BuildError(Exception):
    """The training process could not build the experiment's trainer; the message is the window's."""


def train_in_child(experiment_json: str, max_steps: int | None, queued: tuple[tuple, ...],
                   commands: Connection, progress: Connection, out: str | None = None,
                   wanted_pictures: tuple | None = None, language: str = i18n.ENGLISH) -> None:
    """The child process's body: build the same trainer as the GUI did, train, report, end; with
    ``out``, write the run there in the headless runner's format; with ``wanted_pictures``, paint
    only those while running (every picture at a pause and at the end); texts in the window's
    ``language``."""
    i18n.use_language(language)
    leave_the_window_its_core()
    outbox: queue.Queue = queue.Queue()
    sender = threading.Thread(target=send_all, args=(outbox, progress), name="backprop-progress")
    sender.start()
    writer: RunWriter | None = None
    try:
        control = PublishingControl()
        for name, *args in queued:   # given before the child existed, e.g. pause + step from idle
            apply_command(control, name, *args)
        try:
            trainer = Trainer(Experiment.from_json(experiment_json), control=control)
        except (ValueError, OSError, MemoryError) as exc:   # a big network's is first built here: said as the runner says it
            raise BuildError(i18n.translate("TrainingRunner", "Cannot build this experiment: {problem}").format(
                problem=exc)) from None
        publisher = Publisher(trainer, outbox.put,
                              None if wanted_pictures is None else frozenset(wanted_pictures))
        control.on_block = publisher.publish
        writer = RunWriter(trainer, out)
        # A daemon: it may be blocked reading commands when the run ends, and must not hold the exit.
        threading.Thread(target=listen, args=(commands, control, publisher),
                         name="backprop-commands", daemon=True).start()

        def after_step(t: Trainer) -> None:
            writer.after_step(t)
            publisher.after_step(t)

        started = time.monotonic()
        result = trainer.run(max_steps, callback=after_step)
        wall_time_s = time.monotonic() - started
        folder = writer.finish(trainer, result, wall_time_s)
        publisher.publish(final=True, result=result, wall_time_s=wall_time_s, run_folder=folder,
                          save_problem=writer.problem)
    except Exception as exc:   # a bug or MemoryError must end the run with a message, not silently
        error = str(exc) if isinstance(exc, BuildError) else i18n.translate(
            "TrainingProcess", "Training stopped by an error: {error}: {problem}").format(error=type(exc).__name__,
                                                                                       problem=exc)
        outbox.put(Progress(seq=-1, rows=np.empty((0, 0)), row_keys=(), epochs={}, status="stopped", step=0,
                            epoch=0, pictures={}, final=True, error=error))
    finally:
        if writer is not None:
            writer.discard()
        outbox.put(None)
        sender.join()
