"""Run, Pause/Resume, Step, Stop, Reset: the actions, their toolbar, and the status-bar readout.

The actions only forward to the TrainingRunner; what they may do at any moment follows the
runner's state and the experiment's validity (Run is disabled, with the reason as its tooltip,
while the experiment has an error).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QMainWindow, QPlainTextEdit,
    QProgressBar, QStatusBar, QStyle, QTextEdit, QToolBar, QWidget,
)

from engine.diagnosis import status_text
from engine.spec import SpecError
from workbench.runner import FRAME_INTERVAL_MS, RunFrame, TrainingRunner
from workbench.state import ExperimentState

# Widgets where Space is typing, not Pause (a combo box only when it is editable: a plain one just
# opens its list, and one, the heatmap's metric, has the focus when the window opens).
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def is_text_input(widget) -> bool:
    return isinstance(widget, TEXT_INPUTS) or (isinstance(widget, QComboBox) and widget.isEditable())

# After the last edit, before the idle plots show the edited network: typing "128" into Units
# builds one network, not three.
IDLE_RESET_DELAY_MS = 150



def depicted(experiment) -> tuple:
    """What the plots draw from an experiment besides its training: the network and the data."""
    return experiment.layers, experiment.output_init, experiment.data, experiment.loss, experiment.seed


def format_rate(steps_per_s: float) -> str:
    rate = f"{steps_per_s:,.0f}" if math.isfinite(steps_per_s) else "–"
    return QCoreApplication.translate("RunControls", "{rate} steps/s").format(rate=rate)


def state_text(state: str) -> str:
    """A run state (the runner's, or the trainer's "diverged at step N") as the status bar shows it."""
    text = status_text(state)
    return text[:1].upper() + text[1:]


def set_readout(label: QLabel, text: str) -> None:
    """Show a live readout's text in a label whose width only grows: the label has a fixed size,
    as a label that may change size makes the whole window lay itself out again at every frame."""
    label.setText(text)
    hint = label.sizeHint()
    if hint.width() > label.maximumWidth() or hint.height() != label.maximumHeight():
        label.setFixedSize(max(hint.width(), label.minimumWidth()), hint.height())


class RunControls(QObject):
    def __init__(self, runner: TrainingRunner, state: ExperimentState, window: QMainWindow):
        super().__init__(window)
        self.runner, self.state, self.window = runner, state, window
        style = window.style()
        icon = style.standardIcon
        self.run_help = self.tr(
            "Train the network in a background process (F5), so the window stays responsive. While "
            "paused, Run resumes (after an edit it asks whether to restart with it); otherwise it starts "
            "from fresh weights. The plots update about {frames} times a second.").format(
            frames=1000 // FRAME_INTERVAL_MS)
        self.run_action = self._action(self.tr("&Run"), icon(QStyle.StandardPixmap.SP_MediaPlay), "F5",
                                       self.run_help, self._run)
        # Space is a QShortcut of its own (below): the action keeps only a hint of it, so the
        # toolbar button still works while a text field has the focus.
        self.pause_action = self._action(
            self.tr("&Pause\tSpace"), icon(QStyle.StandardPixmap.SP_MediaPause), None,
            self.tr("Pause or resume training (Space). Paused, you can inspect the plots or advance one "
                    "mini-batch at a time with Step."), runner.toggle_pause)
        self.pause_action.setIconText(self.tr("Pause"))
        self.step_action = self._action(
            self.tr("S&tep One Batch"), icon(QStyle.StandardPixmap.SP_MediaSkipForward), "F10",
            self.tr("Train exactly one mini-batch, then pause (F10): one forward pass, one backward pass and "
                    "one weight update, so you can watch a single step of gradient descent."),
            lambda: runner.step_once(state.experiment))
        self.step_action.setIconText(self.tr("Step"))
        self.stop_action = self._action(
            self.tr("St&op"), icon(QStyle.StandardPixmap.SP_MediaStop), "Shift+F5",
            self.tr("End the run (Shift+F5). The plots keep what was recorded; Run starts again from fresh weights."),
            runner.stop)
        self.reset_action = self._action(
            self.tr("Reset &Weights"), icon(QStyle.StandardPixmap.SP_BrowserReload), "Ctrl+R",
            self.tr("Throw away the trained weights and clear the plots (Ctrl+R): the network returns to its "
                    "initialisation, drawn again from the experiment's seed. Asks first while a run is going."),
            self._reset)
        self.reset_action.setIconText(self.tr("Reset"))
        self.actions = [self.run_action, self.pause_action, self.step_action, self.stop_action,
                        self.reset_action]

        self.space_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), window)
        self.space_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.space_shortcut.activated.connect(self._space_pressed)

        self.toolbar = QToolBar(self.tr("Run controls"), window)
        self.toolbar.setObjectName("run_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(self.actions)

        self.state_label = self._readout(
            self.tr("The run's state: idle, running, paused, finished, stopped or diverged."))
        self.step_label = self._readout(self.tr("Optimizer steps taken (one step = one mini-batch)."))
        self.epoch_label = self._readout(self.tr("Epochs completed (one epoch = one pass over the training data)."))
        self.loss_label = self._readout(self.tr("The training loss of the latest mini-batch."))
        self.rate_label = self._readout(self.tr("Training speed, measured over the last fraction of a second."))
        # Room for a long run's numbers from the start: each widening of a readout lays the whole
        # window out again (the steps/s readout widened ~9 times in a run's first seconds).
        for label, widest in ((self.step_label, self.tr("Step {step}").format(step="999,999")),
                              (self.epoch_label, self.tr("Epoch {epoch}").format(epoch="9,999")),
                              (self.loss_label, self.tr("Loss {loss}").format(loss="-0.0001234")),
                              (self.rate_label, format_rate(99_999))):
            label.setText(widest)
            label.setMinimumWidth(label.sizeHint().width())
            label.clear()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.setToolTip(self.tr("How far the run is through the experiment's steps or epochs."))

        self.idle_reset = QTimer(self)
        self.idle_reset.setSingleShot(True)
        self.idle_reset.setInterval(IDLE_RESET_DELAY_MS)
        self.idle_reset.timeout.connect(self._show_edited_network)

        runner.state_changed.connect(self.show_state)
        runner.frame.connect(self.show_frame)
        self._state_connections = [state.changed.connect(self._experiment_edited),
                                   state.validity_changed.connect(self.show_validity),
                                   state.data_checked.connect(self._show_edited_network)]
        self.show_validity(state.error)
        self.show_state(runner.state)
        self.show_counts(0, 0, math.nan, math.nan, 0)

    def _action(self, text, icon, shortcut, help_text, slot) -> QAction:
        action = QAction(icon, text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(help_text)
        action.setStatusTip(help_text)
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _readout(tooltip: str) -> QLabel:
        label = QLabel()
        label.setToolTip(tooltip)
        label.setContentsMargins(6, 0, 6, 0)
        return label

    def install_status_bar(self, status_bar: QStatusBar) -> None:
        for widget in (self.state_label, self.step_label, self.epoch_label, self.loss_label,
                       self.rate_label, self.progress):
            status_bar.addPermanentWidget(widget)

    def _run(self) -> None:
        """Run: a paused run of another experiment than the one edited is not thrown away unasked."""
        experiment = self.state.experiment
        if self.runner.is_paused and experiment != self.runner.experiment \
                and not self.window.ask_restart(self.tr(
                    "The experiment changed while the run was paused. Restart the run with your changes, "
                    "from fresh weights?\n(No resumes the paused run; your changes apply to the next Run.)")):
            self.runner.resume()
            return
        self.runner.run(experiment)

    def _reset(self) -> None:
        """Reset: a run that is going (or paused) is not thrown away unasked."""
        if self.runner.is_active and not self.window.ask_restart(self.tr(
                "Reset ends the current run and throws away its trained weights and plots. Reset now?\n"
                "(No keeps the run as it is.)")):
            return
        self.runner.reset(self.state.experiment)

    def _space_pressed(self) -> None:
        if is_text_input(QApplication.focusWidget()):
            return
        if self.pause_action.isEnabled():
            self.pause_action.trigger()

    def detach_from_state(self) -> None:
        """Stop following the state (the window closes; the state may outlive it)."""
        for connection in self._state_connections:
            QObject.disconnect(connection)
        self._state_connections.clear()
        self.idle_reset.stop()

    # ------------------------------------------------------------------ reacting
    def _experiment_edited(self, _experiment) -> None:
        if not self.runner.is_active:
            self.idle_reset.start()

    def _show_edited_network(self) -> None:
        """With no run going, an edit of what the plots depict (the layers, the data, the loss that
        sizes the output) shows the edited network untrained, so layer names and decision regions
        never describe a different one.  Other edits (learning rate, optimizer, ...) keep the
        finished run on screen to compare against."""
        experiment, shown = self.state.experiment, self.runner.experiment
        # (a big data file being read: once it is, ``data_checked`` brings this back)
        if self.runner.is_active or self.state.error is not None or self.state.data_pending:
            return
        # None: the window opened on an experiment that could not be built, and nothing is shown yet.
        if shown is None or depicted(experiment) != depicted(shown):
            self.runner.reset(experiment)

    def show_validity(self, error: SpecError | None) -> None:
        valid = error is None
        for action in (self.run_action, self.step_action, self.reset_action):
            action.setEnabled(valid)
        self.run_action.setToolTip(self.run_help if valid else self.tr("Cannot run: {problem}").format(problem=error))

    def show_state(self, state: str) -> None:
        active = self.runner.is_active
        self.pause_action.setEnabled(active)
        self.stop_action.setEnabled(active)
        paused = state == "paused"
        self.pause_action.setText(self.tr("Resume\tSpace") if paused else self.tr("&Pause\tSpace"))
        self.pause_action.setIconText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_action.setIcon(self.window.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause))
        self.state_label.setText(state_text(state))
        diverged = state.startswith("diverged")
        self.state_label.setStyleSheet("color: #c62828; font-weight: bold;" if diverged else "")

    def show_frame(self, frame: RunFrame) -> None:
        self.show_counts(frame.step, frame.epoch, frame.loss, frame.steps_per_s, frame.total_steps)

    def show_counts(self, step: int, epoch: int, loss: float, steps_per_s: float, total_steps: int) -> None:
        set_readout(self.step_label, self.tr("Step {step}").format(step=f"{step:,}"))
        set_readout(self.epoch_label, self.tr("Epoch {epoch}").format(epoch=f"{epoch:,}"))
        set_readout(self.loss_label, self.tr("Loss {loss}").format(loss=f"{loss:.4g}" if math.isfinite(loss) else "–"))
        set_readout(self.rate_label, format_rate(steps_per_s))
        # QProgressBar holds ints; scale so long runs stay within range.
        self.progress.setRange(0, 1000)
        self.progress.setValue(round(1000 * step / total_steps) if total_steps else 0)
        self.progress.setFormat(self.tr("{step} / {total} steps").format(step=f"{step:,}", total=f"{total_steps:,}")
                                if total_steps else "")


class ShortcutsBeforeFields(QObject):
    """Lets the given actions' shortcuts (Undo, Redo) win over the focused text field's own: a
    field that has just committed its value would otherwise take Ctrl+Z for its text undo, and
    the edit could not be undone from where the user still is.  Only the focused field is
    watched, so other widgets' events never pass through Python."""

    def __init__(self, actions: list[QAction], parent: QObject):
        super().__init__(parent)
        self._actions = actions
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if is_text_input(new):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            keys = QKeySequence(event.keyCombination())
            if any(action.isEnabled() and action.shortcut() == keys for action in self._actions):
                event.ignore()      # not claimed by the field: the shortcut goes to the action
                return True
        return False
