"""The latest gradient magnitude of each layer as horizontal bars against the healthy band."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from workbench.plots.gradient_heatmap import layer_ticks
from workbench.plots.style import (
    ABOVE_BAND_COLOR, BAND_FILL, BELOW_BAND_COLOR, HEALTHY_GRAD_MAX, HEALTHY_GRAD_MIN,
    INSIDE_BAND_COLOR, LOG10_MAX, LOG10_MIN, ThemedPlotWidget, cache_as_pixmap, log10_safe,
    log_ticks, set_named_ticks,
)

BAR_HEIGHT = 0.6
# Short enough for the axis of a narrow dock; the heatmap's menu names the metrics in full.
AXIS_LABELS = {
    "grad_h": "‖dL/dh‖ of each layer, latest step",
    "grad_w": "‖dL/dW‖ of each layer, latest step",
}
BAND_LOG10 = (math.log10(HEALTHY_GRAD_MIN), math.log10(HEALTHY_GRAD_MAX))
BAND_BRUSHES = {
    "below": pg.mkBrush(BELOW_BAND_COLOR),
    "inside": pg.mkBrush(INSIDE_BAND_COLOR),
    "above": pg.mkBrush(ABOVE_BAND_COLOR),
}


def band_position(magnitude: float) -> str:
    """"below", "inside" or "above" the healthy gradient band (NaN counts as below: no signal)."""
    if magnitude > HEALTHY_GRAD_MAX:
        return "above"
    if magnitude >= HEALTHY_GRAD_MIN:
        return "inside"
    return "below"


class LayerBars(QtWidgets.QWidget):
    """One bar per layer (input at the bottom), length = log10 of its latest gradient norm.

    Coordinates along x are log10 values; the axis labels them as powers of ten.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.view = ThemedPlotWidget()
        self.view.setToolTip(
            "The size of each layer's gradient at the latest step, input layer at the bottom, "
            "on a log scale. The shaded band is the healthy range "
            f"({HEALTHY_GRAD_MIN:g} to {HEALTHY_GRAD_MAX:g}).\n"
            "Blue bars fall short of it: vanishing, the layer learns very slowly. Red bars pass "
            "it: exploding, updates are too large. Green is healthy.")
        self.plot = self.view.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setXRange(LOG10_MIN, LOG10_MAX, padding=0)
        self.plot.getAxis("bottom").setTicks([log_ticks(LOG10_MIN, LOG10_MAX, step=2),
                                              log_ticks(LOG10_MIN, LOG10_MAX)])
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.band = pg.LinearRegionItem(
            values=BAND_LOG10, orientation="vertical", movable=False,
            brush=pg.mkBrush(*BAND_FILL), pen=pg.mkPen(None))
        self.band.setZValue(-10)
        cache_as_pixmap(self.band)
        self.plot.addItem(self.band)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, brushes=[])
        self.plot.addItem(self.bars)
        self.view.apply_theme()

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._names: list[str] = []
        self._metric: str | None = None
        self._shown_metric = "grad_h"
        self._last_steps: dict | None = None
        self._set_metric_label("grad_h")

    def _set_metric_label(self, metric: str) -> None:
        # Only on a change: a new label re-lays out the axis and repaints the whole plot.
        if metric != self._metric:
            self._metric = metric
            self.plot.setLabel("bottom", AXIS_LABELS[metric])

    def set_layers(self, names: list[str]) -> None:
        """Name the bars, input layer first (drawn at the bottom)."""
        self._names = list(names)
        set_named_ticks(self.plot.getAxis("left"), layer_ticks(self._names, 0.0))
        self.plot.setYRange(-0.5, max(1, len(self._names)) - 0.5, padding=0.02)
        self.bars.setOpts(x0=[], y=[], width=[], brushes=[])

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views), in the metric last chosen."""
        if frame.layer_names != self._names:
            self.set_layers(frame.layer_names)
        self._last_steps = frame.steps
        self.update_data(frame.steps, self._shown_metric)

    def set_metric(self, metric: str) -> None:
        """Show "grad_h" or "grad_w" from now on (the window keeps it the heatmap's)."""
        self._shown_metric = metric
        if self._last_steps is not None:
            self.update_data(self._last_steps, metric)

    def update_data(self, steps: dict, metric: str = "grad_h") -> None:
        """Show the newest value of "L{i}.{metric}" for every layer."""
        if not self._names or not len(steps.get("step", ())):
            self.bars.setOpts(x0=[], y=[], width=[], brushes=[])
            return
        latest = np.array([steps[f"L{i}.{metric}"][-1] for i in range(len(self._names))])
        ends = np.clip(np.nan_to_num(log10_safe(latest), nan=LOG10_MIN), LOG10_MIN, LOG10_MAX)
        self._set_metric_label(metric)
        self.bars.setOpts(
            x0=np.full(len(latest), LOG10_MIN), y=np.arange(len(latest)), width=ends - LOG10_MIN,
            brushes=[BAND_BRUSHES[band_position(m)] for m in latest])
