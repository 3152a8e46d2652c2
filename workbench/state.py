"""The experiment being edited: an immutable engine Experiment held by a QObject with undo/redo.

Every edit replaces the whole (frozen) Experiment through a QUndoCommand, so undo and redo are
exact and every panel simply re-reads ``state.experiment`` when ``changed`` fires.  Validation runs
on every change; ``error`` holds the first problem (a SpecError naming the field) or None.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.spec import Experiment, SpecError, reparse


class _ReplaceExperiment(QUndoCommand):
    def __init__(self, state: "ExperimentState", before: Experiment, after: Experiment, text: str):
        super().__init__(text)
        self._state, self._before, self._after = state, before, after

    def redo(self) -> None:
        self._state._set(self._after)

    def undo(self) -> None:
        self._state._set(self._before)


class ExperimentState(QObject):
    changed = Signal(object)          # the new Experiment
    validity_changed = Signal(object)  # SpecError or None
    path_changed = Signal(object)     # Path or None

    def __init__(self, experiment: Experiment | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment or Experiment()
        self._error: SpecError | None = None
        self._path: Path | None = None
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
        self._set(experiment)
        self.undo_stack.setClean()
        self.path_changed.emit(path)

    def save(self, path: Path) -> None:
        self._experiment.dump(path)
        self._path = Path(path)
        self.undo_stack.setClean()
        self.path_changed.emit(self._path)

    def _set(self, experiment: Experiment) -> None:
        self._experiment = experiment
        self._validate()
        self.changed.emit(experiment)

    def _validate(self) -> None:
        try:
            reparse(self._experiment)
            error = None
        except SpecError as exc:
            error = exc
        if (error is None) != (self._error is None) or (error and str(error) != str(self._error)):
            self._error = error
            self.validity_changed.emit(error)
        self._error = error
