"""The experiment being edited: an immutable engine Experiment held by a QObject with undo/redo.

Every edit replaces the whole (frozen) Experiment through a QUndoCommand, so undo and redo are
exact and every panel simply re-reads ``state.experiment`` when ``changed`` fires.  Validation runs
on every change; ``error`` holds the first problem (a SpecError naming the field) or None.  A CSV
dataset is loaded as part of validation, so a file that cannot train (ragged rows, text in a
feature column, no data rows) is reported while editing rather than when Run is pressed.  A file
slow to load (``engine.datasets.quick_to_load``: over a few hundred kilobytes) is read in a
background process instead, so the window never waits for it: meanwhile ``data_pending`` is true
and ``error`` says nothing of the file; ``data_checked`` fires when the read is over, its problem
(if any) in ``error`` exactly as a synchronous read puts it there.
"""
from __future__ import annotations

import dataclasses
import os
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.datasets import (DataShape, DatasetError, checked_shape, loss_mismatch, losses_for_dataset, quick_to_load,
                             shape_from_spec)
from engine.spec import DataSpec, Experiment, SpecError, losses_for, reparse
from workbench.runner import BackgroundCall


class _ReplaceExperiment(QUndoCommand):
    """One edit.  It refers to its state weakly: the undo stack (C++) owns the command, and a strong
    reference back would make a cycle through C++ that Python's collector cannot see or break."""

    def __init__(self, state: "ExperimentState", before: Experiment, after: Experiment, text: str):
        super().__init__(text)
        self._state, self._before, self._after = weakref.ref(state), before, after

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, experiment: Experiment) -> None:
        state = self._state()
        if state is not None:
            state._set(experiment)


class ExperimentState(QObject):
    changed = Signal(object)          # the new Experiment
    validity_changed = Signal(object)  # SpecError or None
    path_changed = Signal(object)     # Path or None
    data_checked = Signal()           # a CSV file read in the background: its shape and problem are known

    def __init__(self, experiment: Experiment | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment or Experiment()
        self._error: SpecError | None = None
        self._path: Path | None = None
        self._saved = self._experiment   # as last loaded or saved: what Discard goes back to
        # (file key, its problem, the shape it loads as): a file is read again only when it changed (the
        # shape's rows are those of the default split: only its inputs, classes and task are used)
        self._csv_check: tuple[tuple, DatasetError | None, DataShape | None] | None = None
        self._csv_reader = BackgroundCall(self)          # reads a big file away from the GUI thread
        self._csv_reader.done.connect(self._csv_read)
        self._csv_reader.failed.connect(self._csv_read_failed)
        self._csv_reading: tuple | None = None           # the key of the file being read there
        self.undo_stack = QUndoStack(self)
        self._validate()

    @property
    def experiment(self) -> Experiment:
        return self._experiment

    @property
    def error(self) -> SpecError | None:
        return self._error

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def saved_experiment(self) -> Experiment:
        """The experiment as last loaded or saved (the file's, or the untouched preset)."""
        return self._saved

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def edit(self, text: str, **changes) -> None:
        """An undoable edit of top-level fields, e.g. ``edit("Set loss", loss="mse")``."""
        self.replace(dataclasses.replace(self._experiment, **changes), text)

    def replace(self, experiment: Experiment, text: str) -> None:
        if experiment != self._experiment:
            self.undo_stack.push(_ReplaceExperiment(self, self._experiment, experiment, text))

    def load(self, experiment: Experiment, path: Path | None) -> None:
        """A new document (New, Open, a preset): not undoable, clean."""
        self.undo_stack.clear()
        self._path = path
        self._saved = experiment
        self._set(experiment)
        self.undo_stack.setClean()
        self.path_changed.emit(path)

    def save(self, path: Path) -> None:
        self._experiment.dump(path)
        self._saved = self._experiment
        self._path = Path(path)
        self.undo_stack.setClean()
        self.path_changed.emit(self._path)

    @property
    def data_pending(self) -> bool:
        """The experiment's CSV file is being read in the background: its problems are not known yet."""
        return self._csv_reading is not None and self._csv_reading == _csv_key(self._experiment.data)

    def data_shape(self) -> DataShape | SpecError | None:
        """The shape the experiment's data loads as (inputs, classes, rows), the problem that keeps it
        from loading, or None while a big CSV file is being read; never waits for the data."""
        data = self._experiment.data
        if self._error is not None and self._error.path.startswith("data."):
            return self._error
        if data.name != "csv":
            return shape_from_spec(data)
        problem = self._csv_problem(data)
        return problem if problem is not None else self._csv_shape(data)

    def losses_for(self, data: DataSpec) -> tuple[str, ...]:
        """The losses that fit ``data``; for a CSV, those of the task its target column gives (once
        known: a big file's are, after its read in the background)."""
        if data.name == "csv" and data.csv_path and data.target:
            self._csv_problem(data)
            shape = self._csv_shape(data)
            if shape is not None:
                return losses_for_dataset(shape)
        return losses_for(data)

    def shutdown(self) -> None:
        """End a background read of a file (the window closes)."""
        self._csv_reader.cancel()
        self._csv_reading = None

    def revalidate(self) -> None:
        """Check the experiment again, for changes outside it: a CSV file edited on disk."""
        self._validate()

    def _set(self, experiment: Experiment) -> None:
        self._experiment = experiment
        self._validate()
        self.changed.emit(experiment)

    def _validate(self) -> None:
        try:
            reparse(self._experiment)
            error = None
        except SpecError as exc:
            # Kept without its traceback: the frames would hold this state (and its undo stack of
            # Qt-owned commands) in a cycle that the garbage collector frees in an unsafe order.
            error = detached(exc)
        data = self._experiment.data
        if data.name == "csv" and data.csv_path and (error is None or error.path == "data.target"):
            problem = self._csv_problem(data)
            # A file that cannot be read is why no target could be picked: name the file.
            if problem is not None and (error is None or problem.path == "data.csv_path"):
                error = problem
            elif problem is None and error is None and self._csv_shape(data) is not None:
                # Only the loaded file tells a numeric (regression) target from class labels.
                error = loss_mismatch(self._experiment.loss, self._csv_shape(data), data.target)
        if (error is None) != (self._error is None) or (error and str(error) != str(self._error)):
            self._error = error
            self.validity_changed.emit(error)
        self._error = error

    def _csv_problem(self, data: DataSpec) -> DatasetError | None:
        """Why the CSV file cannot be loaded as ``data`` asks, or None (also while a big file is read in
        the background).  Only the files, the target column, the features and the task decide that,
        so the files are read again only when one of them changed (typing a seed or a learning rate
        must not re-read a large file)."""
        key = _csv_key(data)
        if self._csv_check is not None and self._csv_check[0] == key:
            return self._csv_check[1]
        spec = DataSpec(name="csv", csv_path=data.csv_path, target=data.target, task=data.task,
                        val_path=data.val_path, features=data.features)
        if quick_to_load(spec):
            self._keep_csv_check(key, checked_shape(spec))
            return self._csv_check[1]
        if self._csv_reading != key:        # (a read of another file or column is cancelled: never applied)
            self._csv_reading = key
            self._csv_reader.start(checked_shape, spec)
        return None

    def _csv_shape(self, data: DataSpec) -> DataShape | None:
        """The shape the CSV file of ``data`` loads as, if it was read (None: not yet, or it cannot)."""
        check = self._csv_check
        return check[2] if check is not None and check[0] == _csv_key(data) else None

    def _keep_csv_check(self, key: tuple, outcome: DataShape | DatasetError) -> None:
        if isinstance(outcome, DatasetError):
            self._csv_check = (key, detached(outcome), None)     # no frames kept alive (see _validate)
        else:
            self._csv_check = (key, None, outcome)

    def _csv_read_failed(self, message: str) -> None:
        """The background process died (out of memory, killed): the file is the problem named."""
        self._csv_read(DatasetError("data.csv_path", message))

    def _csv_read(self, outcome: DataShape | DatasetError) -> None:
        """A background read is over: keep what it found, and check the experiment with it."""
        key, self._csv_reading = self._csv_reading, None
        self._keep_csv_check(key, outcome)
        self._validate()
        self.data_checked.emit()


def _csv_key(data: DataSpec) -> tuple:
    """What decides whether a CSV file loads as ``data`` asks: the files (as they are on disk now),
    the target column, the task and the features."""
    return (_file_key(data.csv_path), _file_key(data.val_path), data.target, data.task, data.features)


def _file_key(path: str | None) -> tuple:
    """A file's path, modification time and size: what says it changed (None parts if unreadable,
    and loading names the problem)."""
    try:
        info = os.stat(path) if path else None
    except OSError:
        info = None
    return (path, info.st_mtime_ns, info.st_size) if info else (path, None, None)


def detached(error: SpecError) -> SpecError:
    """``error`` without its traceback and the exception it was raised while handling: their
    frames reach back to the caller (the window), and kept in the state they would form a cycle
    through Qt-owned objects that the collector frees in an unsafe order (or not at all)."""
    error.__context__ = error.__cause__ = None
    return error.with_traceback(None)
