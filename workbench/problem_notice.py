"""While the experiment cannot be built, or while a big network is being built (or big data read)
away from the window, the views say so in place instead of showing plots of another experiment.

An edit that changes what the views depict (the layers, the data, the loss...) normally redraws
them untrained at once (RunControls' idle reset).  When the edited experiment is invalid there is
nothing to redraw, and the views would keep the previous experiment's plots beside panels that
describe the new one.  ProblemNotice covers every registered view with the problem in words until
the experiment is valid again or a run of it is going.  A window opened on an invalid experiment
(a file, or the one it was closed with) starts this way too: no dialog, no blank plots.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.panels.run_controls import depicted
from workbench.runner import TrainingRunner
from workbench.state import ExperimentState


class _Cover(QLabel):
    """An opaque label over a view, as large as the view (it follows its resizes)."""

    def __init__(self, view: QWidget):
        super().__init__(view)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAutoFillBackground(True)        # hides the stale plot under it (palette's window colour)
        self.setMargin(16)
        self.setGeometry(view.rect())
        self.hide()
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class ProblemNotice(QObject):
    def __init__(self, state: ExperimentState, runner: TrainingRunner, views: list[QWidget], parent: QObject):
        super().__init__(parent)
        self.state, self.runner = state, runner
        self.covers = [_Cover(view) for view in views]
        self._state_connections = [state.changed.connect(self.update), state.validity_changed.connect(self.update),
                                   state.data_checked.connect(self.update)]
        runner.state_changed.connect(self.update)
        runner.frame.connect(self.update)
        self.update()

    def detach(self) -> None:
        """Stop following the state (the window closes; the state may outlive it)."""
        for connection in self._state_connections:
            QObject.disconnect(connection)
        self._state_connections.clear()

    def update(self, *_) -> None:
        error, runner = self.state.error, self.runner
        shown = runner.experiment
        stale = error is not None and not runner.is_active and (
            shown is None or depicted(shown) != depicted(self.state.experiment))
        if stale:
            text = self.tr("Nothing to show: this experiment cannot be built yet.\n\n{problem}\n\nFix the highlighted "
                           "setting (Undo, Ctrl+Z, goes back); Run is off until then.").format(problem=error)
        elif self.state.data_pending and not runner.is_active:
            text = self.tr("Reading the data file…\n\nIt is read in a background process, so the window stays "
                           "responsive; the plots appear once it is read and the network is built.")
        elif runner.state == "building" and runner.loading_data:
            text = self.tr("Loading the data and building the network…\n\nBoth are done in a background process, so "
                           "the window stays responsive; the plots appear as soon as they are ready; Run does not "
                           "wait for it.")
        elif runner.state == "building":
            # A big network's weights are made away from the window (workbench.runner): its plots follow.
            text = self.tr("Building the network ({parameters} parameters)…\n\nIts weights are made in a background "
                           "process, so the window stays responsive; the plots appear as soon as they are ready; Run "
                           "does not wait for it.").format(parameters=f"{runner.parameters:,}")
        elif shown is not None and not runner.has_frame:
            text = self.tr("Nothing to show: this network could not be built (the message said why).\n\nChange the "
                           "experiment, or press Reset (Ctrl+R) to try again.")
        else:
            text = ""
        for cover in self.covers:
            cover.setText(text)
            cover.setVisible(bool(text))
            if text:
                cover.raise_()
