"""Gradient-magnitude heatmap: x = training step, y = layer (input at the bottom), colour = log10 |grad|."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from workbench.plots.style import (
    HEATMAP_COLORMAP, LOG10_MAX, LOG10_MIN, ThemedPlotWidget, cache_as_pixmap, log10_safe,
    log_ticks, set_named_ticks,
)
from workbench.plots.view_range import IDLE_STEPS, RangeFollower

# Image columns per frame at most: about the width of a plot in pixels, so resampling cost
# stays bounded however long the run.
MAX_COLUMNS = 1000

METRICS = {
    "grad_h": "dL/dh (layer output gradient)",
    "grad_w": "dL/dW (weight gradient)",
}


def layer_ticks(names: list[str], offset: float) -> list[tuple[float, str]]:
    """Axis ticks putting layer i's name at y = i + offset (layer 0, the input side, lowest)."""
    return [(i + offset, name) for i, name in enumerate(names)]


def resample_peak(starts: np.ndarray, widths: np.ndarray, values: np.ndarray,
                  n_columns: int) -> tuple[np.ndarray, float, float]:
    """Resample non-uniform step bins onto `n_columns` equal columns over the steps they cover.

    `values` is (rows, points); point k covers steps [starts[k], starts[k] + widths[k]).  Column c
    covers [x0 + c*dx, x0 + (c+1)*dx) and takes the largest value of the points overlapping it,
    so a one-step gradient spike survives downsampling (NaN is ignored unless a column has
    nothing else).  Returns (columns, x0, x1).
    """
    x0 = float(starts[0])
    x1 = float(starts[-1] + widths[-1])
    edges = x0 + (x1 - x0) * np.arange(n_columns + 1) / n_columns
    first = np.searchsorted(starts, edges[:-1], side="right") - 1   # the point covering the left edge
    stop = np.searchsorted(starts, edges[1:-1], side="left")        # past the last point starting inside
    # reduceat reduces over consecutive index pairs: interleave (first, stop) and keep the even
    # results.  A NaN column at the end lets `stop` equal the number of points.
    bounds = np.empty(2 * n_columns - 1, dtype=np.intp)
    bounds[0::2], bounds[1::2] = first, stop
    padded = np.concatenate([values, np.full((len(values), 1), np.nan)], axis=1)
    return np.fmax.reduceat(padded, bounds, axis=1)[:, 0::2], x0, x1


class GradientHeatmap(QtWidgets.QWidget):
    """How the gradient's size changes from layer to layer over training.

    Vanishing gradients show as a dark band creeping up from the input layers, exploding ones as
    a bright band; the colour scale is fixed (1e-8 .. 1e2) so colours keep their meaning.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.metric_combo = QtWidgets.QComboBox()
        for key, label in METRICS.items():
            self.metric_combo.addItem(label, key)
        self.metric_combo.setToolTip(
            "dL/dh: the gradient arriving at each layer's output, the signal backpropagation "
            "passes down; it shrinks or grows layer by layer when gradients vanish or explode.\n"
            "dL/dW: the gradient of each layer's weights, what the optimizer actually uses.")

        self.view = ThemedPlotWidget()
        self.view.setToolTip(
            "Each row is a layer, input at the bottom, output at the top; x is the training "
            "step. Colour is the size (L2 norm) of the gradient on a log scale.\n"
            "Dark = vanishing gradient: that layer barely learns. Bright = exploding gradient: "
            "updates too large, training may diverge. A healthy net has similar colours in "
            "every row.")
        self.plot = self.view.getPlotItem()
        self.plot.setLabel("bottom", "step")
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.color_bar = pg.ColorBarItem(
            values=(LOG10_MIN, LOG10_MAX), colorMap=HEATMAP_COLORMAP, interactive=False,
            label="gradient L2 norm", colorMapMenu=False, width=18)
        self.color_bar.setImageItem(self.image, insert_in=self.plot)
        self.color_bar.axis.setTicks([log_ticks(LOG10_MIN, LOG10_MAX, step=2),
                                      log_ticks(LOG10_MIN, LOG10_MAX)])
        cache_as_pixmap(self.color_bar.bar)   # the scale never changes
        self.view.apply_theme()
        self.follower = RangeFollower(self.plot, follow_y=False)

        controls = QtWidgets.QHBoxLayout()
        controls.addWidget(QtWidgets.QLabel("Gradient:"))
        controls.addWidget(self.metric_combo)
        controls.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.view, stretch=1)

        self._names: list[str] = []
        self._last_steps: dict | None = None
        self.metric_combo.currentIndexChanged.connect(self._redraw)
        self.metric_combo.currentIndexChanged.connect(lambda _: self.metric_changed.emit(self.metric))
        self._redraw()

    metric_changed = QtCore.Signal(str)

    @property
    def metric(self) -> str:
        return self.metric_combo.currentData()

    def set_metric(self, metric: str) -> None:
        """Show "grad_h" (dL/dh) or "grad_w" (dL/dW); redraws the last data."""
        index = self.metric_combo.findData(metric)
        if index < 0:
            raise ValueError(f"unknown metric {metric!r}; choose one of {sorted(METRICS)}")
        self.metric_combo.setCurrentIndex(index)

    def set_layers(self, names: list[str]) -> None:
        """Name the rows, input layer first (drawn at the bottom)."""
        self._names = list(names)
        set_named_ticks(self.plot.getAxis("left"), layer_ticks(self._names, 0.5))
        self.plot.setYRange(0, max(1, len(self._names)), padding=0)
        self.image.clear()

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views)."""
        if frame.layer_names != self._names:
            self.set_layers(frame.layer_names)
        self.update_data(frame.steps)

    def update_data(self, steps: dict) -> None:
        """Redraw from a per-step History snapshot holding "L{i}.grad_h" / "L{i}.grad_w"."""
        self._last_steps = steps
        self._redraw()

    def _redraw(self) -> None:
        steps = self._last_steps
        if steps is None or not self._names or not len(steps.get("step", ())):
            self.image.clear()
            self.follower.reset()
            self.plot.setXRange(0, IDLE_STEPS, padding=0)
            return
        starts, widths = steps["step"], steps["width"]
        values = np.stack([steps[f"L{i}.{self.metric}"] for i in range(len(self._names))])
        span = int(starts[-1] + widths[-1] - starts[0])
        columns, x0, x1 = resample_peak(starts, widths, values, min(span, MAX_COLUMNS))
        log_magnitude = np.clip(log10_safe(columns), LOG10_MIN, LOG10_MAX)
        self.image.setImage(log_magnitude, levels=(LOG10_MIN, LOG10_MAX), autoLevels=False)
        self.image.setRect(x0, 0.0, x1 - x0, len(self._names))
        self.follower.show(x0, x1)
