"""The Compare dock: kept runs side by side.

- **Gradient ratio over steps**: the first-to-last hidden layer dL/dh ratio (the diagnosis'
  measure) of every checked run, in its colour, on a log axis with the vanishing (1e-2) and
  exploding (1e2) thresholds marked: a sigmoid run sinking to 1e-5 beside a ReLU run near 1.
- **Heatmaps**: two runs' gradient heatmaps next to each other, on the same fixed colour scale.
- **Settings that differ**: every setting whose value differs between the two runs.

The two runs are the two selected in the Runs dock (one selected: it and the current run; none:
the two newest checked runs).
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGridLayout, QHeaderView, QLabel, QSizePolicy, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from engine.layer_health import EXPLODING_ABOVE, VANISHING_BELOW
from engine.diagnosis import verdict_text
from engine.runs import RunRecord, experiment_changes, format_value
from workbench.panels.runs_panel import shown_name
from workbench.plots.gradient_heatmap import GradientHeatmap
from workbench.plots.loss_plot import bin_centres
from workbench.plots.style import ThemedPlotWidget, foreground_color
from workbench.runs_model import RUN_COLORS, RunHistory, frame_of
from workbench.views import PartsInPasses, draw_whole, on_screen

THRESHOLD_PEN_STYLE = Qt.PenStyle.DashLine
NOT_SETTINGS = ("name", "description", "expected_diagnosis", "schema_version")


def ratio_curve(record: RunRecord) -> tuple[np.ndarray, np.ndarray]:
    """(step, ratio) with ratios that a log axis cannot show (0, inf, NaN) left as gaps."""
    ratio = record.gradient_ratio()
    ratio = np.where(np.isfinite(ratio) & (ratio > 0), ratio, np.nan)
    return bin_centres(record.steps), ratio


def run_title(record: RunRecord | None, empty: str) -> str:
    if record is None:
        return empty
    color = RUN_COLORS[record.color % len(RUN_COLORS)]
    return f'<span style="color:{color}">■</span> <b>{shown_name(record)}</b> · {verdict_text(record.verdict)}'


class RunCompare(QWidget):
    def __init__(self, runs: RunHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs = runs
        self.ratio_view = ThemedPlotWidget()
        self.ratio_plot = self.ratio_view.getPlotItem()
        self.ratio_plot.setLogMode(x=False, y=True)
        self.ratio_plot.setLabel("bottom", self.tr("step"))
        self.ratio_plot.setLabel("left", self.tr("gradient ratio first/last"))
        self.ratio_plot.showGrid(x=True, y=True, alpha=0.15)
        self.ratio_view.setToolTip(self.tr(
            "How much of the last hidden layer's gradient (dL/dh) reaches the first one, over training, for "
            "every checked run. Below the lower dashed line (1e-2) the gradient vanishes on its way back; above "
            "the upper one (1e2) it explodes; near 1 it flows."))
        self.thresholds = [self.ratio_plot.addLine(y=np.log10(v), pen=pg.mkPen(style=THRESHOLD_PEN_STYLE))
                           for v in (VANISHING_BELOW, EXPLODING_ABOVE)]
        self._ratio_items: dict[int, pg.PlotDataItem] = {}

        self.heatmaps = (GradientHeatmap(), GradientHeatmap())
        self.titles = (QLabel(), QLabel())
        self.heatmaps[0].metric_changed.connect(self.heatmaps[1].set_metric)
        self.heatmaps[1].metric_changed.connect(self.heatmaps[0].set_metric)
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, heatmap) in enumerate(zip(self.titles, self.heatmaps)):
            title.setTextFormat(Qt.TextFormat.RichText)
            # A long run name wraps: it must not widen the dock (and lay out the whole window).
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(title, 0, column)
            grid.addWidget(heatmap, 1, column)

        self.differences = QTableWidget(0, 3)
        self.differences.verticalHeader().hide()
        self.differences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.differences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.differences.horizontalHeader().setStretchLastSection(True)
        self.differences.setToolTip(self.tr("Every setting whose value differs between the two compared runs."))

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.ratio_view)
        left.addWidget(self.differences)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(pair)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._stale = True
        self._pair: tuple = ()
        self._live_parts = PartsInPasses(self)   # a live run's updates, a plot per event-loop pass
        runs.changed.connect(self.redraw)
        runs.record_updated.connect(self._record_updated)
        runs.selection_changed.connect(self.redraw)
        self.ratio_view.theme_changed.connect(self._color_thresholds)
        self._color_thresholds()

    def _color_thresholds(self) -> None:
        pen = pg.mkPen(foreground_color(self.ratio_view), style=THRESHOLD_PEN_STYLE)
        for line in self.thresholds:
            line.setPen(pen)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.catch_up()

    def catch_up(self, *_) -> None:
        """Shown again (its dock's tab chosen, ...): draw what changed meanwhile."""
        if self._stale:
            self.redraw()

    def redraw(self, *_) -> None:
        """Draw the checked runs' ratios and the compared pair (only while on screen; caught up
        when shown: behind the Loss tab it used to redraw both heatmaps twice a second)."""
        if not on_screen(self):
            self._stale = True
            return
        self._stale = False
        self._live_parts.clear()
        self._draw_ratios()
        self._draw_pair(*self.runs.compared())

    def _record_updated(self, record: RunRecord) -> None:
        """A live run got new data (twice a second): redraw only what shows it, a plot per pass."""
        if not on_screen(self):
            self._stale = True
            return
        pair = self.runs.compared()
        if (id(pair[0]), id(pair[1])) != self._pair[:2]:
            self.redraw()         # the run's first data made it one of the compared pair
            return
        parts = self._update_parts(record, pair)
        if record.status == "running":
            self._live_parts.add(parts)
        else:                      # a run at rest (paused, ended): its exact state, at once
            draw_whole(parts)

    def _update_parts(self, record: RunRecord, pair: tuple) -> Iterator[None]:
        if any(checked is record for checked in self.runs.checked):
            self._draw_ratio(record)
        for title, heatmap, compared in zip(self.titles, self.heatmaps, pair):
            if compared is record:
                yield
                title.setText(run_title(record, ""))      # its verdict may have changed
                heatmap.show_frame(frame_of(record))

    def _draw_ratios(self) -> None:
        records = self.runs.checked
        keep = {id(r) for r in records}
        for key in [k for k in self._ratio_items if k not in keep]:
            self.ratio_plot.removeItem(self._ratio_items.pop(key))
        for record in records:
            self._draw_ratio(record)

    def _draw_ratio(self, record: RunRecord) -> None:
        item = self._ratio_items.get(id(record))
        if item is None:
            item = self._ratio_items[id(record)] = self.ratio_plot.plot()
        item.setPen(pg.mkPen(QColor(RUN_COLORS[record.color % len(RUN_COLORS)]), width=2))
        item.setData(*ratio_curve(record), connect="finite")

    def _draw_pair(self, a: RunRecord | None, b: RunRecord | None) -> None:
        empty = (self.tr("Select a run to compare"), self.tr("Select a second run"))
        for title, heatmap, record, text in zip(self.titles, self.heatmaps, (a, b), empty):
            title.setText(run_title(record, text))
            if record is not None:
                heatmap.show_frame(frame_of(record))
            else:
                heatmap.set_layers([])
                heatmap.update_data({})
        pair = (id(a), id(b), a.experiment if a else None, b.experiment if b else None)
        if pair == self._pair:
            return
        self._pair = pair
        # The runs' names are the column titles; the preset's verdict is no setting.
        changes = experiment_changes(a.experiment, b.experiment, ignore=NOT_SETTINGS) \
            if a is not None and b is not None else []
        self.differences.setHorizontalHeaderLabels(
            [self.tr("Setting"), shown_name(a) if a else self.tr("run A"), shown_name(b) if b else self.tr("run B")])
        self.differences.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, text in enumerate((change.path, format_value(change.before), format_value(change.after))):
                self.differences.setItem(row, column, QTableWidgetItem(text))
