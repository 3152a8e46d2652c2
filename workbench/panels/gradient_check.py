"""The gradient-check dock: Run → Check Gradients compares backpropagation with central differences.

The numbers come from ``engine.gradcheck.check_experiment`` (float64, one batch, a bounded random
sample of a large network's weights), computed in a background process (``BackgroundCall``) so the
window keeps responding; this widget only starts the check and draws its report.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QWidget)

from engine.gradcheck import BATCH_SIZE, EPS, MAX_ENTRIES, PASS_THRESHOLD, GradcheckReport, check_experiment
from engine.spec import Experiment
from workbench.panels.widgets import toolbar_over
from workbench.runner import BackgroundCall

RESULT_COLORS = {True: "#2e7d32", False: "#c62828"}


class GradientCheckView(QWidget):
    """A button (and ``check_action`` for the Run menu), the per-parameter table, and the verdict."""

    checked = Signal(object)          # the GradcheckReport now shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check_action = QAction(self.tr("Check &Gradients"), self)
        self.check_action.setStatusTip(self.tr("Compare the back-propagated gradients with numeric ones."))
        self.check_action.setToolTip(self.tr(
            "Gradient checking: every weight is nudged by ±{0:g} and the change of the loss gives a numeric "
            "gradient; backpropagation is right when the two agree (relative error at most {1:g}). Runs in "
            "float64 on {2} training samples, in the background; a network with more than {3:,} weights is "
            "checked on a random sample of {3:,} of them (at least 10 of each parameter array).").format(
                EPS, PASS_THRESHOLD, BATCH_SIZE, MAX_ENTRIES))
        self.check_action.triggered.connect(self.check)
        self.button = QPushButton(self.check_action.text().replace("&", ""))
        self.button.setToolTip(self.check_action.toolTip())
        self.button.clicked.connect(self.check_action.trigger)
        self.status = QLabel(self.tr("Checks the network being edited, at its initial weights (from its seed "
                                     "or its initial-weights file)."))
        self.status.setWordWrap(True)
        self.result_chip = QLabel()
        self.result_chip.setVisible(False)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("checked"), self.tr("max |analytic|"),
                                              self.tr("max |numeric|"), self.tr("rel. error"), self.tr("result")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        toolbar_over(self, 6, [self.button, self.result_chip, self.status], [self.meaning, self.table], self.table)
        self.call: BackgroundCall | None = None
        self._experiment: Experiment | None = None
        self._checked_experiment: Experiment | None = None

    def attach(self, context) -> None:
        """Check the experiment being edited; the job belongs to the runner, which ends it at close."""
        self._context = context
        self.call = BackgroundCall(context.runner)
        self.call.done.connect(self.show_report)
        self.call.failed.connect(self._failed)
        context.state.changed.connect(self._experiment_edited)

    def show_frame(self, frame) -> None:
        """A view of the window; the check is of the edited experiment, not of a run's frames."""

    def check(self) -> None:
        """Start a check of the current experiment in the background and bring this dock forward."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        state = self._context.state
        if state.error is not None:
            self._context.show_error(self.tr("Cannot check gradients: {0}").format(state.error))
            return
        self._checked_experiment = state.experiment
        if self.call.start(check_experiment, state.experiment):
            self.button.setEnabled(False)
            self.check_action.setEnabled(False)
            self.status.setText(self.tr("Checking in the background: two forward passes per weight checked…"))

    def show_report(self, report: GradcheckReport) -> None:
        self._ready()
        self.result_chip.setText(self.tr("PASS") if report.passed else self.tr("FAIL"))
        self.result_chip.setStyleSheet(f"background: {RESULT_COLORS[report.passed]}; color: white; "
                                       "font-weight: bold; border-radius: 4px; padding: 3px 8px;")
        self.result_chip.setVisible(True)
        self.meaning.setText(report.meaning())
        self.status.setText(self.tr("{0:,} of {1:,} weights checked on {2} samples; loss {3:.4g}. Gradients "
                                    "smaller than {4:.1e} are compared in absolute terms (rounding limits the "
                                    "numeric estimate).").format(report.checked, report.size, report.batch_size,
                                                                 report.loss, report.floor))
        self.table.setRowCount(len(report.parameters))
        for row, p in enumerate(report.parameters):
            cells = (p.name, f"{p.checked:,}/{p.size:,}", f"{p.max_analytic:.3e}", f"{p.max_numeric:.3e}",
                     f"{p.relative_error:.2e}", self.tr("pass") if p.passed else self.tr("FAIL"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.checked.emit(report)

    def _failed(self, message: str) -> None:
        self._ready()
        self.status.setText("")
        self._context.show_error(self.tr("The gradient check failed to run: {0}").format(message))

    def _ready(self) -> None:
        self.button.setEnabled(True)
        self.check_action.setEnabled(True)

    def _experiment_edited(self, experiment: Experiment) -> None:
        if self._checked_experiment is not None and experiment != self._checked_experiment \
                and self.result_chip.isVisible():
            self.status.setText(self.tr("The experiment changed since this check: check again."))
