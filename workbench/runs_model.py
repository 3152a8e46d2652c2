"""Every run of the window, kept: the list the Runs dock shows and the overlays draw.

``RunHistory`` holds the engine's ``RunRecord``s (plain data, engine.runs) in list order.  It follows
training runners: when one launches a run it adds a live record (named after what changed since
the previous run), feeds it the runner's frames, and when the run ends replaces its figures with
the final ones.  The training process writes each run to disk itself, in the headless runner's
format, into a folder of the current ``RunStore`` (beside the saved experiment, or in the app's
data folder for an unsaved one); the store's index keeps names, pins, hidden and checked flags and
colours.  Opening an experiment lists the runs stored beside it; a run folder that cannot be read
is reported and skipped.
"""
from __future__ import annotations

import math
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from engine.runs import RunReadError, RunRecord, RunStore, read_run, record_of, run_name
from engine.spec import Experiment
from engine.trainer import Trainer, check_build
from workbench.runner import (IDLE_PICTURES_INLINE_PARAMETERS, BackgroundCall, RunEnd, RunFrame, RunnerPool,
                              TrainingPoints, TrainingRunner, built_here, pictures_of)
from workbench.training_process import UntrainedNetwork, untrained_network

# Runs' colours: none of them the live run's blue (training) or orange (validation).
RUN_COLORS = ("#d62728", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f")
LIVE_UPDATE_INTERVAL_S = 0.5      # a live record's row and overlays refresh at most this often


def runs_folder_for(experiment_path: Path) -> Path:
    """Where the runs of a saved experiment are kept: ``NAME.runs`` beside ``NAME.json``."""
    return experiment_path.with_name(f"{experiment_path.stem}.runs")


def final_experiment(record: RunRecord) -> Experiment | None:
    """The run's experiment starting from its final weights (its folder's weights.npz), or None
    when the folder has no weights."""
    weights = record.folder / "weights.npz" if record.folder is not None else None
    if weights is None or not weights.is_file():
        return None
    return record.experiment.replace(initial_weights=str(weights))


def final_pictures(experiment: Experiment) -> tuple[dict, TrainingPoints | None] | None:
    """The pictures (decision boundary, ...) of a run's final weights (``final_experiment``), painted
    here: none when they cannot be read; None when the network or its data is too big to paint
    without keeping the window waiting (``RunHistory`` paints those in a background process)."""
    try:
        check = check_build(experiment, load_slow_data=False)
        if not built_here(check) or check.parameters > IDLE_PICTURES_INLINE_PARAMETERS:
            return None
        return pictures_of(Trainer(experiment, dataset=check.dataset))
    except (ValueError, OSError, MemoryError):    # SpecError, DatasetError, WeightsError
        return {}, None


def frame_of(record: RunRecord, pictures: dict | None = None, points: TrainingPoints | None = None) -> RunFrame:
    """A finished run as a frame, so every view can draw it as it drew the live run, with the
    pictures of its final weights (``final_pictures``) if given."""
    loss = record.steps.get("loss", ())
    pictures = pictures or {}
    return RunFrame(
        steps=record.steps, epochs=record.epochs, layer_names=list(record.layer_names),
        layer_activations=record.layer_activations, status=record.status, step=record.steps_done,
        epoch=record.epochs_done, total_steps=max(record.steps_done, 1), steps_per_s=math.nan,
        diagnosis=record.diagnosis, loss=float(loss[-1]) if len(loss) else math.nan,
        experiment=record.experiment, pictures=pictures, points=points,
        picture_names=frozenset(pictures))


class RunHistory(QObject):
    changed = Signal()                 # records added, removed, reordered, renamed or flagged
    record_updated = Signal(object)    # a live record got new data (at most every LIVE_UPDATE_INTERVAL_S)
    current_changed = Signal(object)   # the record the views show (RunRecord or None)
    show_requested = Signal(object)    # a RunFrame of a finished record, for the window's views
    selection_changed = Signal()       # the records selected for side-by-side comparison
    problem = Signal(str)              # a run that could not be read or written

    def __init__(self, unsaved_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.unsaved_folder = Path(unsaved_folder)
        self.store = RunStore(self.unsaved_folder)
        self.records: list[RunRecord] = []
        self.current: RunRecord | None = None
        self.selected: list[RunRecord] = []
        self._live: dict[TrainingRunner, RunRecord] = {}
        self._reserved: set[Path] = set()          # folders handed to runs still training
        self._next_update: dict[int, float] = {}
        # A big network's (or big data's) final pictures, painted away from the GUI thread.
        self._painter = BackgroundCall(self)
        self._painter.done.connect(self._final_pictures_painted)
        self._painting: RunRecord | None = None

    # ------------------------------------------------------------------ the list
    @property
    def listed(self) -> list[RunRecord]:
        """The records the Runs dock shows: pinned first, then in the order they ran; not hidden."""
        return sorted((r for r in self.records if not r.hidden), key=lambda r: not r.pinned)

    @property
    def checked(self) -> list[RunRecord]:
        """The records the overlays draw."""
        return [r for r in self.listed if r.checked and len(r.steps.get("step", ()))]

    def is_live(self, record: RunRecord) -> bool:
        return any(r is record for r in self._live.values())

    def next_color(self) -> int:
        used = {r.color % len(RUN_COLORS) for r in self.records}
        free = [i for i in range(len(RUN_COLORS)) if i not in used]
        return free[0] if free else len(self.records) % len(RUN_COLORS)

    def add(self, record: RunRecord) -> None:
        record.color = self.next_color()
        self.records.append(record)
        self._save()
        self.changed.emit()

    def update(self, record: RunRecord, **fields) -> None:
        """Rename, pin, hide or check a record (``update(r, name="baseline")``)."""
        for name, value in fields.items():
            setattr(record, name, value)
        self._save()
        self.changed.emit()

    def delete(self, record: RunRecord) -> None:
        """Forget a finished run and delete its folder if the store owns it (opened runs stay on disk)."""
        if self.is_live(record):
            return
        self.records = [r for r in self.records if r is not record]
        self.selected = [r for r in self.selected if r is not record]
        self.store.delete(record)
        if self.current is record:
            self._set_current(None)
        self._save()
        self.changed.emit()

    def select(self, records: list[RunRecord]) -> None:
        self.selected = list(records)
        self.selection_changed.emit()

    def compared(self) -> tuple[RunRecord | None, RunRecord | None]:
        """The two runs to compare side by side: the first two selected; with one selected, it and
        the current run; with none, the two newest checked runs (older first)."""
        pool = [r for r in self.selected if len(r.steps.get("step", ()))]
        if len(pool) == 1 and self.current is not None and self.current is not pool[0]:
            pool.append(self.current)
        if not pool:
            pool = self.checked[-2:]
        pool = [r for r in pool if len(r.steps.get("step", ()))]
        return (pool[0] if pool else None), (pool[1] if len(pool) > 1 else None)

    def show(self, record: RunRecord) -> None:
        """Make a finished record the one the views draw."""
        if self.is_live(record) or not len(record.steps.get("step", ())):
            return
        self._set_current(record)
        experiment = final_experiment(record)
        painted = final_pictures(experiment) if experiment is not None else ({}, None)
        if painted is None:            # too big to paint here: the frame now, its pictures when painted
            self._painting = record
            self._painter.start(untrained_network, experiment, None)
            painted = ({}, None)
        self.show_requested.emit(frame_of(record, *painted))

    def _final_pictures_painted(self, untrained: UntrainedNetwork) -> None:
        record, self._painting = self._painting, None
        # Only for the record still shown (another shown meanwhile started its own painting).
        if untrained.problem is None and record is self.current:
            self.show_requested.emit(frame_of(record, untrained.report.pictures, untrained.outline.points))

    def shutdown(self) -> None:
        """End a painting in progress (the window closes)."""
        self._painter.cancel()

    def _set_current(self, record: RunRecord | None) -> None:
        if record is not self.current:
            self.current = record
            self.current_changed.emit(record)

    # ------------------------------------------------------------------ disk
    def use_folder(self, experiment_path: Path | None) -> None:
        """List the runs kept for this experiment (its ``NAME.runs`` folder, or the unsaved runs);
        runs still training stay listed and are written where they started."""
        self.store = RunStore(runs_folder_for(experiment_path) if experiment_path else self.unsaved_folder)
        records, problems = self.store.load()
        self.records = records + [r for r in self._live.values()]
        self._set_current(None)
        self.changed.emit()
        for message in problems:
            self.problem.emit(message)

    def move_to(self, experiment_path: Path) -> None:
        """The experiment was saved as ``experiment_path``: its runs follow it into ``NAME.runs``
        (moved from the unsaved folder; copied from another saved experiment's, which keeps its own)."""
        target = RunStore(runs_folder_for(experiment_path))
        if target.folder == self.store.folder:
            return
        move = self.store.folder == self.unsaved_folder
        for record in self.records:
            if not self.store.owns(record) or self.is_live(record):
                continue
            destination = target.new_run_folder()
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                (shutil.move if move else shutil.copytree)(record.folder, destination)
            except OSError as exc:
                self.problem.emit(self.tr("Cannot keep the run {run} beside {experiment}: {problem}. "
                                          "It stays where it was.").format(
                    run=record.folder, experiment=experiment_path, problem=exc.strerror or exc))
                continue
            record.folder = destination
        try:
            self.store.save([r for r in self.records if self.store.owns(r)])   # without the moved runs
        except OSError:
            pass   # the runs have moved; a stale index there only lists folders that are gone
        self.store = target
        self._save()

    def open_run(self, folder: Path) -> RunRecord | None:
        """Add a run folder written elsewhere (``backprop-workbench run``, a sweep); None and a
        message if it cannot be read."""
        try:
            record = read_run(folder)
        except RunReadError as exc:
            self.problem.emit(str(exc))
            return None
        existing = next((r for r in self.records if r.folder == record.folder), None)
        if existing is not None:
            return existing
        self.add(record)
        return record

    def new_run_folder(self) -> Path:
        folder = self.store.new_run_folder(taken=self._reserved)
        self._reserved.add(folder)
        return folder

    def _save(self) -> None:
        try:
            self.store.save([r for r in self.records if r.folder is not None and not self.is_live(r)])
        except OSError as exc:
            self.problem.emit(self.tr("Cannot save the list of runs in {folder}: {problem}. Names and pins of "
                                      "runs are kept until the window closes.").format(
                folder=self.store.folder, problem=exc.strerror or exc))

    # ------------------------------------------------------------------ following runners
    def follow(self, runner: TrainingRunner, primary: bool = False) -> None:
        """Keep every run ``runner`` launches; the primary runner's run is the current one."""
        runner.run_folders = self.new_run_folder
        runner.launched.connect(lambda experiment: self._launched(runner, experiment, primary))
        runner.frame.connect(lambda frame: self._frame(runner, frame))
        runner.ended.connect(lambda end: self._ended(runner, end))

    def _previous_experiment(self) -> Experiment | None:
        return self.records[-1].experiment if self.records else None

    def _launched(self, runner: TrainingRunner, experiment: Experiment, primary: bool) -> None:
        record = RunRecord(
            experiment=experiment, steps={}, epochs={}, layer_names=[], status="running", steps_done=0,
            epochs_done=0, train_loss=math.nan, val_loss=math.nan, train_accuracy=math.nan,
            val_accuracy=math.nan, wall_time_s=math.nan, folder=runner.run_folder,
            name=run_name(self._previous_experiment(), experiment))
        self._live[runner] = record
        self.add(record)
        if primary:
            self._set_current(record)

    def _frame(self, runner: TrainingRunner, frame: RunFrame) -> None:
        record = self._live.get(runner)
        if record is None:
            return
        record.steps, record.epochs, record.layer_names = frame.steps, frame.epochs, frame.layer_names
        record.status, record.steps_done, record.epochs_done = frame.status, frame.step, frame.epoch
        record._diagnosis = frame.diagnosis
        now = time.monotonic()
        if now >= self._next_update.get(id(record), 0.0):
            self._next_update[id(record)] = now + LIVE_UPDATE_INTERVAL_S
            self.record_updated.emit(record)

    def _ended(self, runner: TrainingRunner, end: RunEnd) -> None:
        live = self._live.pop(runner, None)
        if live is None:
            return
        self._reserved.discard(live.folder)
        self._next_update.pop(id(live), None)
        if end.result is None:
            # The process died (killed, out of memory): keep what it reported, not written to disk.
            final = live
            final.steps, final.epochs, final.status, final._diagnosis = end.steps, end.epochs, "failed", None
            final.folder = None
        else:
            final = record_of(live.experiment, end.steps, end.epochs, end.layer_names, end.result,
                              end.wall_time_s, end.folder)
            final.name, final.color, final.pinned, final.hidden, final.checked = (
                live.name, live.color, live.pinned, live.hidden, live.checked)
        self.records = [final if r is live else r for r in self.records]
        if self.current is live:
            self.current = final
        if end.save_problem is not None:
            self.problem.emit(end.save_problem)
        self._save()
        self.changed.emit()
        self.record_updated.emit(final)


class Forker(QObject):
    """Fork with a change: once armed, the next edit of the experiment (a typed value, a fix button)
    trains beside the unchanged experiment, both from the same seed, so the change is the only
    difference between the two runs.  The edited experiment is the current run (the views follow
    it); the unchanged one trains in a second process, unless a finished run of exactly it is kept
    already (it would be the same run, bit for bit)."""
    armed_changed = Signal(bool)
    message = Signal(str)

    def __init__(self, pool: RunnerPool, runs: RunHistory, parent: QObject | None = None):
        super().__init__(parent)
        self.pool, self.runs = pool, runs
        self.armed = False

    def arm(self, on: bool = True) -> None:
        if on != self.armed:
            self.armed = on
            self.armed_changed.emit(on)
            self.message.emit(self.tr("Fork: make one change (any edit or a fix); it will train beside the "
                                      "unchanged experiment from the same seed.") if on else "")

    def take_edit(self, before: Experiment, after: Experiment) -> bool:
        """The window's edit hook: True if the edit was taken as a fork."""
        if not self.armed or before == after:
            return False
        self.arm(False)
        self.fork(before, after)
        return True

    def fork(self, base: Experiment, changed: Experiment) -> None:
        kept = any(r.experiment == base and r.status == "finished" for r in self.runs.records)
        # The unchanged run first, so the fork's name is the change ("lr 0.1 → 0.5").
        if not kept and self.pool.start_beside(base) is None:
            self.message.emit(self.tr("No spare core to train the unchanged experiment beside the fork; "
                                      "only the fork runs."))
        self.pool.primary.start(changed)

    def run_again(self, record: RunRecord) -> None:
        """Rerun a record's experiment unchanged, beside the current run (or as it when none trains)."""
        if self.pool.primary.is_active:
            if self.pool.start_beside(record.experiment) is None:
                self.message.emit(self.tr("Every spare core is training a run; try again when one ends."))
        else:
            self.pool.primary.start(record.experiment)
