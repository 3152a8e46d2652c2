"""Each layer's recent value of a layer metric as horizontal bars against its healthy band.

The bars read what the diagnosis reads (the median of the newest records, engine.layer_health)
and are coloured by the same rule, so a bar never contradicts the verdict.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from engine.layer_health import (
    EXPLODING_ABOVE, METRICS, VANISHING_BELOW, LayerMetric, hidden_indices, layer_states, recent_values,
)
from workbench.plots.gradient_heatmap import layer_ticks
from workbench.plots.style import (
    ABOVE_BAND_COLOR, BAND_FILL, BELOW_BAND_COLOR, INSIDE_BAND_COLOR, ThemedPlotWidget,
    cache_as_pixmap, foreground_color, log_ticks, set_named_ticks,
)

BAR_HEIGHT = 0.6
# The scale starts this fraction of its width left of its floor, so a value at the floor (a zero
# gradient) still gets a visible stub of a bar, labelled.
FLOOR_STUB = 0.04
TICK_LABEL_SPACING = 1.6   # a labelled tick's room on the value axis, in widths of its widest label
STATE_COLORS = {
    "vanishing": BELOW_BAND_COLOR, "below": BELOW_BAND_COLOR,    # cold blue: too little
    "healthy": INSIDE_BAND_COLOR, "inside": INSIDE_BAND_COLOR,   # green
    "exploding": ABOVE_BAND_COLOR, "above": ABOVE_BAND_COLOR,    # red: too much
}
STATE_BRUSHES = {state: pg.mkBrush(color) for state, color in STATE_COLORS.items()}
GRADIENT_KEYS = ("grad_h", "grad_w")


def scale_ticks(metric: LayerMetric, max_labels: int = 6) -> list[list[tuple[float, str]]]:
    """The value axis's ticks: at most ``max_labels`` labelled ones (as many as the axis has room
    for side by side), the other powers of ten as minor ticks pyqtgraph labels only where they fit."""
    low, high = metric.scale
    if metric.percent:
        return [[(v, f"{v:.0%}") for v in np.linspace(low, high, min(5, max(2, max_labels)))]]
    step = 1
    while len(log_ticks(low, high, step)) > max(2, max_labels):
        step += 1
    return [log_ticks(low, high, step=step), log_ticks(low, high)]


def healthy_band(metric: LayerMetric, snapshot: dict, n_layers: int) -> tuple[float, float] | None:
    """The band to shade, in drawn units: the metric's own, or for the gradients the flow rule's
    (within VANISHING_BELOW..EXPLODING_ABOVE of the last hidden layer's dL/dh, only meaningful
    when dL/dh is shown)."""
    if metric.healthy is not None:
        low, high = metric.healthy
    elif metric.key == "grad_h":
        reference = recent_values(snapshot, "grad_h", n_layers)[hidden_indices(n_layers)[-1]]
        if not (np.isfinite(reference) and reference > 0):
            return None
        low, high = reference * VANISHING_BELOW, reference * EXPLODING_ABOVE
    else:
        return None
    drawn = metric.drawn(np.array([low, high]))
    return float(drawn[0]), float(drawn[1])


class LayerBars(QtWidgets.QWidget):
    """One bar per layer (input at the bottom), its length the layer's recent value on the metric's
    fixed scale (log10 for gradients, std and update ratio; a percentage for unit shares)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.view = ThemedPlotWidget()
        self.plot = self.view.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.band = pg.LinearRegionItem(
            values=(0, 0), orientation="vertical", movable=False,
            brush=pg.mkBrush(*BAND_FILL), pen=pg.mkPen(None))
        self.band.setZValue(-10)
        cache_as_pixmap(self.band)
        self.plot.addItem(self.band)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, brushes=[])
        self.plot.addItem(self.bars)
        self.zero_labels: list[pg.TextItem] = []
        self.view.apply_theme()

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._names: list[str] = []
        self._metric: str | None = None
        self._ticks: list | None = None
        self._name_ticks: list | None = None
        self.plot.vb.sigResized.connect(self._fit_ticks)
        self.plot.vb.sigResized.connect(self._fit_names)
        self._shown_metric = "grad_h"
        self._last_steps: dict | None = None
        self._set_metric_axis("grad_h")

    def _set_metric_axis(self, key: str) -> None:
        # Only on a change: a new label or range re-lays out the axis and repaints the whole plot.
        if key == self._metric:
            return
        self._metric = key
        metric = METRICS[key]
        low, high = metric.scale
        self.plot.setXRange(low - FLOOR_STUB * (high - low), high, padding=0)
        self._fit_ticks()
        self.plot.setLabel("bottom", self.tr("{metric}, recent steps").format(metric=metric.axis_label))
        self.view.setToolTip(self.tr(
            "Each layer's {metric} over its newest steps (their median, as the diagnosis reads it), input "
            "layer at the bottom. The shaded band is the healthy range; bars are {rule}.\n"
            "A layer with no gradient at all gets a stub at the left edge labelled 0.").format(
                metric=metric.title,
                rule=metric.healthy_text if key in GRADIENT_KEYS else
                self.tr("blue below it, green inside, red above; {healthy}").format(
                    healthy=metric.healthy_text)))

    def _fit_ticks(self, *_) -> None:
        """As many labelled ticks as fit side by side in the plot's width ("1e-6" and "1e-4" ran
        together in a narrow dock)."""
        if self._metric is None:
            return
        axis = self.plot.getAxis("bottom")
        metric = METRICS[self._metric]
        widest = max(QtGui.QFontMetricsF(axis.font()).horizontalAdvance(label)
                     for _, label in scale_ticks(metric)[-1])
        room = self.plot.vb.width()
        ticks = scale_ticks(metric, int(room // (widest * TICK_LABEL_SPACING)))
        if ticks != self._ticks:
            self._ticks = ticks
            axis.setTicks(ticks)

    def _fit_names(self, *_) -> None:
        """Name every bar if the names fit one above the other, else every second, third... bar,
        counted from the output's, which is always named (17 names ran together in a short dock)."""
        rows = len(self._names)
        axis = self.plot.getAxis("left")
        line = QtGui.QFontMetricsF(axis.font()).height()
        every = max(1, math.ceil(rows * line / self.plot.vb.height())) if self.plot.vb.height() > 0 else 1
        ticks = [tick for i, tick in enumerate(layer_ticks(self._names, 0.0)) if (rows - 1 - i) % every == 0]
        if ticks != self._name_ticks:
            self._name_ticks = ticks
            set_named_ticks(axis, ticks)

    def set_layers(self, names: list[str]) -> None:
        """Name the bars, input layer first (drawn at the bottom)."""
        self._names = list(names)
        self._fit_names()
        self.plot.setYRange(-0.5, max(1, len(self._names)) - 0.5, padding=0.02)
        self.bars.setOpts(x0=[], y=[], width=[], brushes=[])
        for label in self.zero_labels:
            self.plot.removeItem(label)
        self.zero_labels = []
        for i in range(len(self._names)):
            label = pg.TextItem("0", color=foreground_color(self.view), anchor=(0.0, 0.5))
            label.setPos(0.0, i)
            label.setVisible(False)
            self.plot.addItem(label)
            self.zero_labels.append(label)

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views), in the metric last chosen."""
        if frame.layer_names != self._names:
            self.set_layers(frame.layer_names)
        self._last_steps = frame.steps
        self.update_data(frame.steps, self._shown_metric)

    def set_metric(self, metric: str) -> None:
        """Show one of engine.layer_health.METRICS from now on (the window keeps it the heatmap's)."""
        self._shown_metric = metric
        if self._last_steps is not None:
            self.update_data(self._last_steps, metric)

    def update_data(self, steps: dict, metric: str = "grad_h") -> None:
        """Show the recent value of "L{i}.{metric}" for every layer."""
        self._set_metric_axis(metric)
        n = len(self._names)
        if not n or not len(steps.get("step", ())):
            self.bars.setOpts(x0=[], y=[], width=[], brushes=[])
            for label in self.zero_labels:
                label.setVisible(False)
            return
        shown = METRICS[metric]
        values = recent_values(steps, metric, n)
        low, high = shown.scale
        start = low - FLOOR_STUB * (high - low)
        ends = np.nan_to_num(shown.drawn(values), nan=low)
        self.bars.setOpts(x0=np.full(n, start), y=np.arange(n), width=ends - start,
                          brushes=[STATE_BRUSHES[s] for s in layer_states(steps, metric, n)])
        band = healthy_band(shown, steps, n)
        self.band.setVisible(band is not None)
        if band is not None:
            self.band.setRegion(band)
        for label, value, end in zip(self.zero_labels, values, ends):
            zero = bool(value == 0.0) and not shown.percent
            label.setVisible(zero)
            if zero:
                label.setPos(end, label.pos().y())
