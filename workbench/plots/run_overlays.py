"""Runs drawn over the loss plot: every checked run's smoothed training loss (and its validation
accuracy below) in the run's colour, as separate plot items beside the live run's own curves.

The live run stays drawn by the LossPlot itself; the overlay adds the other checked runs.  After a
run, an edit that resets the plots (a new layer, other data) keeps the finished run on the plot,
faint, until the next run starts: the picture to compare against does not vanish with the edit.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from engine.runs import RunRecord
from workbench.plots.loss_plot import SMOOTHING_FRACTION, LossPlot, bin_centres, blend, moving_average, smooth_curve
from workbench.plots.style import background_color
from workbench.runner import TrainingRunner
from workbench.runs_model import RUN_COLORS, RunHistory

FAINT_OPACITY = 0.45   # the finished run kept after an edit, until the next run
OVERLAY_WIDTH = 2.0


def smoothed_loss(steps: dict) -> tuple[np.ndarray, np.ndarray]:
    """(x, smoothed training loss) of a step history, smoothed as the live plot smooths its run."""
    loss = steps["loss"]
    span = steps["step"][-1] + steps["width"][-1] - steps["step"][0]
    return bin_centres(steps), moving_average(loss, steps["step"], steps["width"],
                                              max(1.0, span * SMOOTHING_FRACTION))


class LossOverlay(QObject):
    def __init__(self, loss_plot: LossPlot, runs: RunHistory, runner: TrainingRunner):
        super().__init__(loss_plot)
        self.loss_plot, self.runs = loss_plot, runs
        self._loss_items: dict[int, pg.PlotDataItem] = {}
        self._accuracy_items: dict[int, pg.PlotDataItem] = {}
        self._drawn: dict[int, tuple] = {}          # id(record) -> (steps dict, colour, faint) drawn
        self._bounds: tuple[float, float, float, float] | None = None
        self.main_shows_current = False             # False after a reset: the current run is not drawn
        loss_plot.overlay_bounds = self.bounds
        # Bound methods, not lambdas: Qt drops them with this object.
        runs.changed.connect(self.redraw)
        runs.record_updated.connect(self.redraw)
        runs.current_changed.connect(self.redraw)
        runs.show_requested.connect(self._record_shown)
        runner.frame.connect(self._frame_shown)

    def _record_shown(self, _frame) -> None:
        self._main_shows_current(True)

    def _frame_shown(self, frame) -> None:
        self._main_shows_current(bool(len(frame.steps["step"])))

    def _main_shows_current(self, shown: bool) -> None:
        if shown != self.main_shows_current:
            self.main_shows_current = shown
            self.redraw()

    def drawn_runs(self) -> list[tuple[RunRecord, bool]]:
        """(record, faint) for every run drawn over the plot."""
        current = self.runs.current
        drawn = [(r, False) for r in self.runs.checked if r is not current]
        if current is not None and not self.main_shows_current and not self.runs.is_live(current) \
                and len(current.steps.get("step", ())):
            drawn.append((current, True))
        return drawn

    def redraw(self, *_) -> None:
        drawn = self.drawn_runs()
        keep = {id(r) for r, _ in drawn}
        for key in [k for k in self._loss_items if k not in keep]:
            self.loss_plot.loss_plot.removeItem(self._loss_items.pop(key))
            self.loss_plot.accuracy_plot.removeItem(self._accuracy_items.pop(key))
            self._drawn.pop(key, None)
        background = background_color(self.loss_plot.loss_view)
        bounds = []
        for record, faint in drawn:
            key = id(record)
            color = QColor(RUN_COLORS[record.color % len(RUN_COLORS)])
            if faint:
                color = blend(color, background, FAINT_OPACITY)
            x, smooth = smoothed_loss(record.steps)
            bounds.append((float(x[0]), float(x[-1]), smooth))
            # A live record gets a new steps dict with each frame; a finished one keeps its own.
            state = (record.steps, color.name(), faint)
            drawn = self._drawn.get(key)
            if drawn is not None and drawn[0] is state[0] and drawn[1:] == state[1:]:
                continue
            self._drawn[key] = state
            pen = pg.mkPen(color, width=OVERLAY_WIDTH, style=Qt.PenStyle.DashLine if faint else Qt.PenStyle.SolidLine)
            if key not in self._loss_items:
                self._loss_items[key] = smooth_curve(self.loss_plot.loss_plot)
                self._accuracy_items[key] = self.loss_plot.accuracy_plot.plot()
            self._loss_items[key].setPen(pen)
            self._loss_items[key].setData(x, smooth, connect="finite")
            epochs = record.epochs
            if len(epochs.get("step", ())) and np.isfinite(epochs["val_acc"]).any():
                self._accuracy_items[key].setPen(pen)
                self._accuracy_items[key].setData(bin_centres(epochs), epochs["val_acc"], connect="finite")
                self.loss_plot.accuracy_view.setVisible(True)
            else:
                self._accuracy_items[key].setData(np.empty(0), np.empty(0))
        self._bounds = self._merge(bounds)
        self.loss_plot.refit()

    @staticmethod
    def _merge(bounds: list[tuple[float, float, np.ndarray]]) -> tuple[float, float, float, float] | None:
        if not bounds:
            return None
        values = np.concatenate([v for _, _, v in bounds])
        return min(b[0] for b in bounds), max(b[1] for b in bounds), values

    def bounds(self):
        """(first step, last step, values) of the drawn runs, for the loss plot's view range."""
        return self._bounds
