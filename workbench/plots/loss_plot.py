"""Loss (and accuracy) curves: per-step training loss raw and smoothed, per-epoch validation."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from workbench.plots.style import (
    TRAIN_COLOR, VALIDATION_COLOR, ThemedPlotWidget, background_color, series_color,
)
from workbench.plots.view_range import IDLE_STEPS, RangeFollower, finite_bounds

# The smoothing window spans this fraction of the steps run so far, so the bold curve looks
# equally smooth at step 100 and at step 100 000.
SMOOTHING_FRACTION = 1 / 50
# Per-epoch curves mark each epoch with a dot while the dots stay distinguishable (and cheap).
MAX_EPOCH_SYMBOLS = 100
# The per-batch curve is context, not the message: painted at this opacity...
RAW_OPACITY = 0.3
READOUT_IDLE = "Move the mouse over the loss curve to read step and value."


def moving_average(values: np.ndarray, starts: np.ndarray, widths: np.ndarray,
                   window_steps: float) -> np.ndarray:
    """Trailing mean over the last `window_steps` steps, ending at each point's last step.

    Point k covers steps [starts[k], starts[k] + widths[k]); merged bins (width > 1) stand for
    several steps, so each point is weighted by its width and the window counts steps, not
    points.  A window always includes its own point.  Non-finite values get weight 0 instead of
    poisoning the running sums; a window with no finite value is NaN.  Vectorised: O(n log n).
    """
    finite = np.isfinite(values)
    weights = np.where(finite, widths, 0).astype(np.float64)
    weighted_sums = np.concatenate(([0.0], np.cumsum(np.where(finite, values, 0.0) * weights)))
    weight_sums = np.concatenate(([0.0], np.cumsum(weights)))
    ends = np.arange(1, len(values) + 1)
    first = np.searchsorted(starts, starts + widths - window_steps, side="left")
    first = np.minimum(first, ends - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return ((weighted_sums[ends] - weighted_sums[first])
                / (weight_sums[ends] - weight_sums[first]))


def bin_centres(snapshot: dict) -> np.ndarray:
    """The mean step of each point: a merged bin starting at `step` covers `width` steps."""
    return snapshot["step"] + (snapshot["width"] - 1) / 2.0


def nearest_index(sorted_xs: np.ndarray, x: float) -> int:
    i = int(np.searchsorted(sorted_xs, x))
    if i == len(sorted_xs) or (i > 0 and x - sorted_xs[i - 1] < sorted_xs[i] - x):
        return i - 1
    return i


def blend(color: QtGui.QColor, background: QtGui.QColor, opacity: float) -> QtGui.QColor:
    """`color` painted at `opacity` over `background`."""
    mixed = (opacity * c + (1.0 - opacity) * b for c, b in zip(color.getRgbF()[:3], background.getRgbF()[:3]))
    return QtGui.QColor.fromRgbF(*mixed)


def legend_html(train: QtGui.QColor, validation: QtGui.QColor, faint: QtGui.QColor) -> str:
    """What each line means, as a line of text above the plots rather than a box over the data."""
    return (f'<span style="color:{faint.name()}">──</span> train, each batch &nbsp; '
            f'<span style="color:{train.name()}"><b>━━</b></span> train, smoothed &nbsp; '
            f'<span style="color:{validation.name()}"><b>━●━</b></span> validation, each epoch')


def same_epochs(a: dict, b: dict) -> bool:
    """Whether two per-epoch snapshots hold the same records (NaN equal to NaN)."""
    return a.keys() == b.keys() and all(
        np.array_equal(a[key], b[key], equal_nan=np.issubdtype(a[key].dtype, np.floating)) for key in a)


def set_epoch_curve(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """Per-epoch data with a dot per epoch, dropped once there are too many to tell apart."""
    symbol = "o" if len(x) <= MAX_EPOCH_SYMBOLS else None
    if curve.opts["symbol"] != symbol:
        curve.setSymbol(symbol)
    curve.setData(x, y, connect="finite")


def _configure(plot: pg.PlotItem, y_label: str) -> None:
    plot.setLabel("bottom", "step")
    plot.setLabel("left", y_label)
    plot.showGrid(x=True, y=True, alpha=0.15)
    # Long runs have thousands of points: draw the per-pixel extremes of what is visible only.
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)


class LossPlot(QtWidgets.QWidget):
    """Training loss per step (faint raw, bold smoothed), validation loss per epoch, and accuracy.

    The accuracy plot sits below, x-linked to the loss plot, and is hidden for regression tasks
    (where the engine records accuracy as NaN).
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.log_y_toggle = QtWidgets.QCheckBox("Log scale")
        self.log_y_toggle.setToolTip(
            "Plot the loss on a logarithmic axis. Loss often falls by orders of magnitude: on a "
            "log axis late progress stays visible, and a straight downward line means the loss "
            "shrinks by a constant factor per step.")
        self.readout = QtWidgets.QLabel(READOUT_IDLE)
        self.readout.setToolTip("The recorded values at the step nearest the mouse pointer.")
        self.readout.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QtWidgets.QLabel()
        self.legend.setToolTip(
            "Blue is training data, orange is held-out validation data, in both plots. The "
            "faint line is each mini-batch's loss, the bold one its moving average.")

        self.loss_view = ThemedPlotWidget()
        self.loss_view.setToolTip(
            "Faint: the training loss of each mini-batch (noisy because each batch differs). "
            "Bold: its moving average. Markers: the loss on held-out validation data after each "
            "epoch. Validation rising while training falls means overfitting.")
        self.loss_plot = self.loss_view.getPlotItem()
        _configure(self.loss_plot, "loss")
        # Faint through an opaque colour blended towards the background, not transparency: a
        # transparent line drawn segment by segment adds up to a solid band where its zigzags
        # cross, and an item opacity costs an offscreen layer on every frame.
        self.raw_curve = self.loss_plot.plot()
        self.smooth_curve = self.loss_plot.plot()
        self.smooth_curve.setZValue(1)   # the trend stays on top where validation runs along it
        self.val_curve = self.loss_plot.plot(symbol="o", symbolSize=7, symbolPen=None)
        self.loss_view.apply_theme()

        self.accuracy_view = ThemedPlotWidget()
        self.accuracy_view.setToolTip(
            "Fraction of examples classified correctly after each epoch, on training and "
            "validation data.")
        self.accuracy_plot = self.accuracy_view.getPlotItem()
        _configure(self.accuracy_plot, "accuracy")
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.05)
        self.accuracy_plot.setMouseEnabled(x=True, y=False)
        self.accuracy_plot.hideButtons()   # y is fixed and x follows the loss plot
        self.accuracy_plot.vb.disableAutoRange()
        self.train_acc_curve = self.accuracy_plot.plot(symbol="o", symbolSize=5, symbolPen=None)
        self.val_acc_curve = self.accuracy_plot.plot(symbol="o", symbolSize=5, symbolPen=None)
        self._apply_colors()
        self.loss_view.theme_changed.connect(self._apply_colors)
        self.accuracy_view.apply_theme()
        self.accuracy_view.setVisible(False)
        self.follower = RangeFollower(self.loss_plot)
        # Panning the accuracy plot moves the (x-linked) loss plot too: the user has taken over.
        self.accuracy_plot.vb.sigRangeChangedManually.connect(self.follower.release)

        controls = QtWidgets.QHBoxLayout()
        controls.addWidget(self.log_y_toggle)
        controls.addSpacing(12)
        controls.addWidget(self.legend)
        controls.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.readout)
        layout.addWidget(self.loss_view, stretch=3)
        layout.addWidget(self.accuracy_view, stretch=2)

        self.log_y_toggle.toggled.connect(self.set_log_y)
        # Rate-limited: mouse moves arrive far faster than a label needs updating.
        self._mouse_proxy = pg.SignalProxy(
            self.loss_view.scene().sigMouseMoved, rateLimit=30, slot=self._show_value_under_mouse)
        self.clear()

    def _apply_colors(self) -> None:
        """Colour the curves and the legend for the current background (lighter when it is dark)."""
        background = background_color(self.loss_view)
        train = series_color(TRAIN_COLOR, background)
        validation = series_color(VALIDATION_COLOR, background)
        faint = blend(train, background, RAW_OPACITY)
        self.raw_curve.setPen(pg.mkPen(faint, width=1))
        self.smooth_curve.setPen(pg.mkPen(train, width=2.5))
        for curve, color, width in ((self.val_curve, validation, 2), (self.train_acc_curve, train, 2),
                                    (self.val_acc_curve, validation, 2)):
            curve.setPen(pg.mkPen(color, width=width))
            curve.setSymbolBrush(color)
        self.legend.setText(legend_html(train, validation, faint))

    def set_log_y(self, on: bool) -> None:
        """Switch the loss axis between linear and log10 (zero losses are left out in log)."""
        if self.log_y_toggle.isChecked() != on:
            self.log_y_toggle.setChecked(on)   # re-enters through `toggled`
            return
        self.loss_plot.setLogMode(x=False, y=on)
        self.follower.reset()   # the value axis changed units
        self._fit_view()

    def clear(self) -> None:
        empty = np.empty(0)
        for curve in (self.raw_curve, self.smooth_curve, self.val_curve,
                      self.train_acc_curve, self.val_acc_curve):
            curve.setData(empty, empty)
        self._step_x = self._loss = self._smoothed = empty
        self._step_starts = self._step_widths = np.empty(0, dtype=np.int64)
        self._epoch_x = self._val_loss = self._epoch_numbers = empty
        self._epochs: dict = {}
        self.accuracy_view.setVisible(False)
        self.readout.setText(READOUT_IDLE)
        self.follower.reset()
        self.loss_plot.vb.setRange(xRange=(0, IDLE_STEPS), yRange=(0, 1), padding=0)

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views)."""
        if not len(frame.steps["step"]):
            self.clear()
        else:
            self.update_data(frame.steps, frame.epochs)

    def update_data(self, steps: dict, epochs: dict) -> None:
        """Show the latest History snapshots (dicts of arrays with "step" and "width")."""
        loss = steps.get("loss", np.empty(0))
        if len(loss):
            x = bin_centres(steps)
            span = steps["step"][-1] + steps["width"][-1] - steps["step"][0]
            self._smoothed = moving_average(loss, steps["step"], steps["width"],
                                            max(1.0, span * SMOOTHING_FRACTION))
            self._step_x, self._loss = x, loss
            self._step_starts, self._step_widths = steps["step"], steps["width"]
            self.raw_curve.setData(x, loss, connect="finite")
            self.smooth_curve.setData(x, self._smoothed, connect="finite")

        # Epochs end far less often than frames arrive: redraw their curves only when one did.
        if len(epochs.get("step", ())) and not same_epochs(epochs, self._epochs):
            self._epochs = epochs
            ex = bin_centres(epochs)
            self._epoch_x, self._val_loss = ex, epochs["val_loss"]
            self._epoch_numbers = epochs["epoch"]
            set_epoch_curve(self.val_curve, ex, epochs["val_loss"])
            train_acc, val_acc = epochs["train_acc"], epochs["val_acc"]
            has_accuracy = bool(np.isfinite(train_acc).any() or np.isfinite(val_acc).any())
            if has_accuracy:
                set_epoch_curve(self.train_acc_curve, ex, train_acc)
                set_epoch_curve(self.val_acc_curve, ex, val_acc)
            if self.accuracy_view.isVisibleTo(self) != has_accuracy:
                self.accuracy_view.setVisible(has_accuracy)
        self._fit_view()

    def _fit_view(self) -> None:
        """Every step run so far and every loss value visible, on ranges that change rarely."""
        if not len(self._step_starts):
            return
        # The smoothed curve is a mean of the raw one: it never leaves the raw values' range.
        values = (self._loss, self._val_loss)
        if self.log_y_toggle.isChecked():
            values = tuple(np.log10(v[v > 0]) for v in values)
        end = float(self._step_starts[-1] + self._step_widths[-1])
        self.follower.show(float(self._step_starts[0]), end, finite_bounds(*values))

    def _show_value_under_mouse(self, signal_args: tuple) -> None:
        scene_pos = signal_args[0]
        if not len(self._step_x) or not self.loss_plot.sceneBoundingRect().contains(scene_pos):
            return
        x = self.loss_plot.vb.mapSceneToView(scene_pos).x()
        i = nearest_index(self._step_x, x)
        start, width = int(self._step_starts[i]), int(self._step_widths[i])
        where = f"step {start:,}" if width == 1 else f"steps {start:,}–{start + width - 1:,}"
        text = f"{where}: loss {self._loss[i]:.4g}, smoothed {self._smoothed[i]:.4g}"
        if len(self._epoch_x):
            j = nearest_index(self._epoch_x, x)
            text += f" · validation {self._val_loss[j]:.4g} (epoch {int(self._epoch_numbers[j])})"
        self.readout.setText(text)
