"""Per-layer heatmap: x = training step, y = layer (input at the bottom), colour = a layer metric.

The default metric is log10 of the gradient magnitude; the chooser also offers the causes behind
a vanishing or exploding verdict (saturated and dead units, activation spread, update/weight
ratio), each on its own fixed scale (engine.layer_health.METRICS) so a colour keeps its meaning.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.layer_health import METRICS, LayerMetric
from workbench.plots.step_axis import StepAxis, log_step_toggle, step_span, step_to_view
from workbench.plots.style import (
    HEATMAP_COLORMAP, ThemedPlotWidget, cache_as_pixmap, log_ticks, set_named_ticks,
)
from workbench.plots.view_range import IDLE_STEPS, RangeFollower

# Image columns per frame at most: about the width of a plot in pixels, so resampling cost
# stays bounded however long the run.
MAX_COLUMNS = 1000
READOUT_IDLE = QT_TRANSLATE_NOOP("GradientHeatmap", "Move the mouse over the heatmap to read a layer's value at a step.")


def layer_ticks(names: list[str], offset: float) -> list[tuple[float, str]]:
    """Axis ticks putting layer i's name at y = i + offset (layer 0, the input side, lowest)."""
    return [(i + offset, name) for i, name in enumerate(names)]


def resample_peak(starts: np.ndarray, widths: np.ndarray, values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Resample non-uniform step bins onto the columns between consecutive `edges` (in steps).

    `values` is (rows, points); point k covers steps starts[k] .. starts[k] + widths[k] - 1, drawn
    from half a step before its first step to half a step after its last.  Each column takes the
    largest value of the points overlapping it, so a one-step gradient spike survives
    downsampling (NaN is ignored unless a column has nothing else).
    """
    left = starts - 0.5
    n_columns = len(edges) - 1
    first = np.searchsorted(left, edges[:-1], side="right") - 1   # the point covering the left edge
    first = np.maximum(first, 0)
    stop = np.searchsorted(left, edges[1:-1], side="left")        # past the last point starting inside
    # reduceat reduces over consecutive index pairs: interleave (first, stop) and keep the even
    # results.  A NaN column at the end lets `stop` equal the number of points.
    bounds = np.empty(2 * n_columns - 1, dtype=np.intp)
    bounds[0::2], bounds[1::2] = first, stop
    padded = np.concatenate([values, np.full((len(values), 1), np.nan)], axis=1)
    return np.fmax.reduceat(padded, bounds, axis=1)[:, 0::2]


def column_edges(x0: float, x1: float, n_columns: int, log: bool) -> np.ndarray:
    """Column boundaries from step x0 to x1, equally spaced on the axis's scale."""
    return np.geomspace(x0, x1, n_columns + 1) if log else np.linspace(x0, x1, n_columns + 1)


def bin_at(starts: np.ndarray, widths: np.ndarray, step: float) -> int | None:
    """The index of the point drawn at `step` (see resample_peak), or None outside the data."""
    i = int(np.searchsorted(starts - 0.5, step, side="right")) - 1
    if i < 0 or step >= starts[i] + widths[i] - 0.5:
        return None
    return i


def format_value(metric: LayerMetric, value: float) -> str:
    if not np.isfinite(value):
        return QtCore.QCoreApplication.translate("GradientHeatmap", "no value")
    if metric.percent:
        return f"{value:.0%}"
    return f"{value:.3g}" if 1e-3 <= abs(value) < 1e4 else f"{value:.2e}"


def steps_text(start: int, width: int) -> str:
    """"step 12" or "steps 2,001–2,008 (mean of 8)" for a merged point."""
    if width == 1:
        return QtCore.QCoreApplication.translate("GradientHeatmap", "step {step}").format(step=f"{start:,}")
    return QtCore.QCoreApplication.translate("GradientHeatmap", "steps {first}–{last} (mean of {count})").format(
        first=f"{start:,}", last=f"{start + width - 1:,}", count=width)


def metric_tooltip(metric: LayerMetric) -> str:
    low, high = metric.scale
    if metric.percent:
        scale = QtCore.QCoreApplication.translate("GradientHeatmap", "{low} to {high}").format(low=f"{low:.0%}", high=f"{high:.0%}")
    elif metric.log:
        scale = QtCore.QCoreApplication.translate("GradientHeatmap", "{low} to {high}, log scale").format(low=f"1e{low:.0f}", high=f"1e{high:.0f}")
    else:
        scale = QtCore.QCoreApplication.translate("GradientHeatmap", "{low} to {high}").format(low=f"{low:g}", high=f"{high:g}")
    return QtCore.QCoreApplication.translate("GradientHeatmap", "{metric}: colour scale {scale}; {healthy}.").format(
        metric=metric.title, scale=scale, healthy=metric.healthy_text)


class GradientHeatmap(QtWidgets.QWidget):
    """How a per-layer measure (by default the gradient's size) changes over training.

    Vanishing gradients show as a dark band creeping up from the input layers, exploding ones as
    a bright band; every metric's colour scale is fixed so colours keep their meaning.
    """

    metric_changed = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.metric_combo = QtWidgets.QComboBox()
        for key, metric in METRICS.items():
            self.metric_combo.addItem(metric.title, key)
            self.metric_combo.setItemData(self.metric_combo.count() - 1, metric_tooltip(metric),
                                          QtCore.Qt.ItemDataRole.ToolTipRole)
        # Its longest item may be elided in a narrow dock rather than widen the window (the compare
        # view shows two heatmaps side by side).
        self.metric_combo.setMinimumWidth(12 * self.metric_combo.fontMetrics().averageCharWidth() + 30)
        self.log_x_toggle = log_step_toggle(self)
        self.readout = QtWidgets.QLabel(self.tr(READOUT_IDLE))
        self.readout.setToolTip(self.tr("The layer, step and value under the mouse pointer."))
        self.readout.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long readout is cut at the dock's edge rather than widening the window.
        self.readout.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)

        self.view = ThemedPlotWidget(axisItems={"bottom": StepAxis()})
        self.plot = self.view.getPlotItem()
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        low, high = METRICS["grad_h"].scale
        self.color_bar = pg.ColorBarItem(
            values=(low, high), colorMap=HEATMAP_COLORMAP, interactive=False,
            colorMapMenu=False, width=18)
        self.color_bar.setImageItem(self.image, insert_in=self.plot)
        cache_as_pixmap(self.color_bar.bar)   # the scale changes only with the metric
        self.view.apply_theme()
        self.follower = RangeFollower(self.plot, follow_y=False, parent=self)

        controls = QtWidgets.QHBoxLayout()
        controls.addWidget(QtWidgets.QLabel(self.tr("Show:")))
        controls.addWidget(self.metric_combo)
        controls.addWidget(self.log_x_toggle)
        controls.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.readout)
        layout.addWidget(self.view, stretch=1)

        self._names: list[str] = []
        self._last_steps: dict | None = None
        self._run_end: float | None = None
        self._growing = True
        self.metric_combo.currentIndexChanged.connect(self._metric_chosen)
        self.log_x_toggle.toggled.connect(self.set_log_x)
        self._mouse_proxy = pg.SignalProxy(
            self.view.scene().sigMouseMoved, rateLimit=30, slot=self._show_value_under_mouse)
        self._apply_metric()
        self._redraw()

    @property
    def metric(self) -> str:
        return self.metric_combo.currentData()

    def set_metric(self, metric: str) -> None:
        """Show one of engine.layer_health.METRICS; redraws the last data."""
        index = self.metric_combo.findData(metric)
        if index < 0:
            raise ValueError(f"unknown metric {metric!r}; choose one of {sorted(METRICS)}")
        self.metric_combo.setCurrentIndex(index)

    def _metric_chosen(self) -> None:
        self._apply_metric()
        self._redraw()
        self.metric_changed.emit(self.metric)

    def _apply_metric(self) -> None:
        """The colour bar's scale, ticks and label, and the tooltips, for the chosen metric."""
        metric = METRICS[self.metric]
        low, high = metric.scale
        self.color_bar.setLevels(values=(low, high))
        if metric.percent:
            ticks = [(v, f"{v:.0%}") for v in np.linspace(low, high, 5)]
            self.color_bar.axis.setTicks([ticks])
        else:
            self.color_bar.axis.setTicks([log_ticks(low, high, step=2), log_ticks(low, high)])
        # The bar's left axis carries the name; its right one the tick labels.
        self.color_bar.getAxis("left").setLabel(metric.axis_label)
        self.metric_combo.setToolTip(metric_tooltip(metric))
        self.view.setToolTip(self.tr(
            "Each row is a layer, input at the bottom, output at the top; x is the training step. "
            "Colour: {metric} on a fixed scale.\n{healthy}.\nFor gradients: dark = vanishing "
            "(that layer barely learns), bright = exploding (updates too large). Older steps of a "
            "long run are merged: their colour is the mean over the merged steps.").format(
                metric=metric.title, healthy=metric.healthy_text))

    def set_layers(self, names: list[str]) -> None:
        """Name the rows, input layer first (drawn at the bottom)."""
        self._names = list(names)
        set_named_ticks(self.plot.getAxis("left"), layer_ticks(self._names, 0.5))
        self.plot.setYRange(0, max(1, len(self._names)), padding=0)
        self.image.clear()

    def set_log_x(self, on: bool) -> None:
        """Show the step axis on a log scale (the first steps get as much room as later decades)."""
        if self.log_x_toggle.isChecked() != on:
            self.log_x_toggle.setChecked(on)   # re-enters through `toggled`
            return
        self.plot.getAxis("bottom").setLogMode(on)
        self.follower.log_x = on
        self.follower.reset()
        self._redraw()

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views)."""
        if frame.layer_names != self._names:
            self.set_layers(frame.layer_names)
        self.update_data(frame.steps, run_length=frame.total_steps, growing=frame.status == "running")

    def update_data(self, steps: dict, run_length: int | None = None, growing: bool = True) -> None:
        """Redraw from a per-step History snapshot holding "L{i}.<metric>" columns.  The step
        axis ends at the newest step, or while ``growing`` a little beyond it, never past
        ``run_length``."""
        self._last_steps = steps
        self._run_end = run_length + 0.5 if run_length is not None else None
        self._growing = growing
        self._redraw()

    def _redraw(self) -> None:
        steps = self._last_steps
        log = self.log_x_toggle.isChecked()
        if steps is None or not self._names or not len(steps.get("step", ())):
            self.image.clear()
            self.follower.reset()
            self.plot.setXRange(*step_to_view(np.array([0.5 if log else 0.0, IDLE_STEPS]), log), padding=0)
            return
        metric = METRICS[self.metric]
        starts, widths = steps["step"], steps["width"]
        x0, x1 = step_span(starts, widths)
        if log:
            x0 = max(x0, 0.5)
        n_columns = MAX_COLUMNS if log else int(min(x1 - x0, MAX_COLUMNS))
        values = np.stack([steps[f"L{i}.{metric.key}"] for i in range(len(self._names))])
        columns = resample_peak(starts, widths, values, column_edges(x0, x1, n_columns, log))
        self.image.setImage(metric.drawn(columns), levels=metric.scale, autoLevels=False)
        v0, v1 = step_to_view(np.array([x0, x1]), log)
        self.image.setRect(float(v0), 0.0, float(v1 - v0), len(self._names))
        self.follower.show(x0, x1, run_end=self._run_end, growing=self._growing)

    def _show_value_under_mouse(self, signal_args: tuple) -> None:
        scene_pos = signal_args[0]
        steps = self._last_steps
        if steps is None or not self._names or not len(steps.get("step", ())) \
                or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        step = 10.0 ** point.x() if self.log_x_toggle.isChecked() else point.x()
        layer = int(np.floor(point.y()))
        i = bin_at(steps["step"], steps["width"], step)
        if i is None or not 0 <= layer < len(self._names):
            return
        metric = METRICS[self.metric]
        value = steps[f"L{layer}.{metric.key}"][i]
        self.readout.setText(self.tr("{layer} · {steps}: {metric} {value}").format(
            layer=self._names[layer], steps=steps_text(int(steps["step"][i]), int(steps["width"][i])),
            metric=metric.axis_label, value=format_value(metric, value)))
