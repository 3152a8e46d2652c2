"""The experiment being edited: an immutable engine Experiment held by a QObject with undo/redo.

Every edit replaces the whole (frozen) Experiment through a QUndoCommand, so undo and redo are
exact and every panel simply re-reads ``state.experiment`` when ``changed`` fires.  Validation runs
on every change; ``error`` holds the first problem (a SpecError naming the field) or None.  A CSV
dataset is loaded as part of validation, so a file that cannot train (ragged rows, text in a
feature column, no data rows) is reported while editing rather than when Run is pressed.
"""
from __future__ import annotations

import dataclasses
import os
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.datasets import Dataset, DatasetError, load_dataset, loss_mismatch, losses_for_dataset
from engine.spec import DataSpec, Experiment, SpecError, losses_for, reparse


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

    def __init__(self, experiment: Experiment | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment or Experiment()
        self._error: SpecError | None = None
        self._path: Path | None = None
        self._saved = self._experiment   # as last loaded or saved: what Discard goes back to
        # (file key, its problem, the dataset it loads as): a file is read again only when it changed
        self._csv_check: tuple[tuple, DatasetError | None, Dataset | None] | None = None
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

    def losses_for(self, data: DataSpec) -> tuple[str, ...]:
        """The losses that fit ``data``; for a CSV, those of the task its target column gives."""
        if data.name == "csv" and data.csv_path and data.target:
            self._csv_problem(data)
            dataset = self._csv_check[2]
            if dataset is not None:
                return losses_for_dataset(dataset)
        return losses_for(data)

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
            elif problem is None and error is None:
                # Only the loaded file tells a numeric (regression) target from class labels.
                error = loss_mismatch(self._experiment.loss, self._csv_check[2], data.target)
        if (error is None) != (self._error is None) or (error and str(error) != str(self._error)):
            self._error = error
            self.validity_changed.emit(error)
        self._error = error

    def _csv_problem(self, data: DataSpec) -> DatasetError | None:
        """Why the CSV file cannot be loaded as ``data`` asks, or None.  Only the files, the target
        column, the features and the task decide that, so the files are read again only when one of
        them changed (typing a seed or a learning rate must not re-read a large file)."""
        key = (_file_key(data.csv_path), _file_key(data.val_path), data.target, data.task, data.features)
        if self._csv_check is None or self._csv_check[0] != key:
            try:
                dataset = load_dataset(DataSpec(name="csv", csv_path=data.csv_path, target=data.target, task=data.task,
                                                val_path=data.val_path, features=data.features))
                problem = None
            except DatasetError as exc:
                dataset, problem = None, detached(exc)     # no frames kept alive (see _validate)
            self._csv_check = (key, problem, dataset)
        return self._csv_check[1]


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
