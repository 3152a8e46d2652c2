"""Loss (and accuracy) curves: per-step training loss raw and smoothed, per-epoch validation."""
from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.history import extreme_columns
from workbench.plots.step_axis import StepAxis, log_step_toggle, step_span, step_to_view
from workbench.plots.style import (
    TRAIN_COLOR, VALIDATION_COLOR, BandItem, ThemedPlotWidget, background_color, foreground_color, series_color,
)
from workbench.plots.view_range import IDLE_STEPS, RangeFollower, finite_bounds
from workbench.views import draw_whole

# The smoothing window spans this fraction of the steps run so far, so the bold curve looks
# equally smooth at step 100 and at step 100 000.
SMOOTHING_FRACTION = 1 / 50
# Per-epoch curves mark each epoch with a dot while the dots stay distinguishable (and cheap).
MAX_EPOCH_SYMBOLS = 100
# The per-batch curve is context, not the message: painted at this opacity...
RAW_OPACITY = 0.3
# ...and merged older steps as a band from their lowest to their highest batch loss, at this one.
BAND_OPACITY = 0.25
# The loss axis turns logarithmic by itself once the loss spans more than this factor (3 decades),
# unless the user chose a scale with the checkbox.
AUTO_LOG_SPAN = 1e3
MAX_BAND_POINTS = 512    # the merged steps' band: about one point per pixel or two of a wide plot
READOUT_IDLE = QT_TRANSLATE_NOOP("LossPlot", "Move the mouse over the loss curve to read step and value.")
LOSS_COLUMN_LOW, LOSS_COLUMN_HIGH = extreme_columns("loss")
SETTING_NAMES = {"lr": "lr", "clip": "clip"}


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


def legend_html(train: QtGui.QColor, validation: QtGui.QColor, faint: QtGui.QColor,
                band: QtGui.QColor | None = None) -> str:
    """What each line means, as a line of text above the plots rather than a box over the data.
    With ``band`` (a run long enough to merge steps), the merged steps' band is named too."""
    translate = QtCore.QCoreApplication.translate
    each_batch = translate("LossPlot", "train, each batch")
    smoothed = translate("LossPlot", "smoothed")
    each_epoch = translate("LossPlot", "validation, each epoch")
    text = (f'<span style="color:{faint.name()}">──</span> {each_batch} &nbsp; '
            f'<span style="color:{train.name()}"><b>━━</b></span> {smoothed} &nbsp; '
            f'<span style="color:{validation.name()}"><b>━●━</b></span> {each_epoch}')
    if band is not None:
        merged = translate("LossPlot", "merged steps: lowest–highest batch (line: their mean)")
        text += f' &nbsp; <span style="color:{band.name()}">██</span> {merged}'
    return text


def band_outline(x: np.ndarray, low: np.ndarray, high: np.ndarray,
                 most: int = MAX_BAND_POINTS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The band's edges with at most ``most`` points: consecutive points joined, each group at its
    lowest low and highest high (NaN ignored), placed at its mean step.  Filling between thousands
    of zigzags cost the window tens of milliseconds each time the History merged."""
    if len(x) <= most:
        return x, low, high
    starts = np.linspace(0, len(x), most, endpoint=False).astype(np.intp)
    counts = np.diff(np.append(starts, len(x)))
    with np.errstate(invalid="ignore"):
        return (np.add.reduceat(x, starts) / counts, np.fmin.reduceat(low, starts),
                np.fmax.reduceat(high, starts))


def merged_region(widths: np.ndarray) -> slice:
    """The points from the first merged one (width > 1) to the last: the History merges one
    contiguous stretch, between the run's first steps and its newest."""
    merged = np.flatnonzero(widths > 1)
    return slice(int(merged[0]), int(merged[-1]) + 1) if len(merged) else slice(0, 0)


def spans_decades(values: np.ndarray, factor: float) -> bool:
    """Whether the positive finite values span more than ``factor`` (max over min)."""
    positive = values[np.isfinite(values) & (values > 0)]
    return bool(len(positive)) and positive.max() > factor * positive.min()


def change_label(setting: str, value: float) -> str:
    return f"{SETTING_NAMES.get(setting, setting)} → {value:g}"


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


def smooth_curve(plot: pg.PlotItem) -> pg.PlotDataItem:
    """A curve for a moving average: one mean point per pixel is all a smooth line needs, and a
    bold pen draws each point as a segment of its own (5,000 of them cost milliseconds per frame)."""
    curve = plot.plot(autoDownsampleFactor=1.0)
    curve.smooth = True     # follow_step_scale averages it, where other curves keep their extremes
    follow_step_scale(curve, plot.getAxis("bottom").logMode)
    return curve


def follow_step_scale(curve: pg.PlotDataItem, log_x: bool) -> None:
    """Downsample a curve for a linear step axis (smooth curves to their mean, others to their
    extremes); not at all on a log one, as pyqtgraph takes the points as evenly spaced on the
    axis and would merge a run's first decades, its lesson, into a point or two."""
    curve.setDownsampling(auto=not log_x, method="mean" if getattr(curve, "smooth", False) else "peak")


def _configure(plot: pg.PlotItem, y_label: str) -> None:
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
        self.change_marks: list[pg.InfiniteLine] = []
        self._changes: tuple = ()
        self._band_key: tuple | None = None
        self._has_band = False
        self._log_y_chosen = False            # the user picked a scale: no more automatic switching
        self._run_end: float | None = None
        self._growing = True
        self.log_y_toggle = QtWidgets.QCheckBox(self.tr("Log scale"))
        self.log_y_toggle.setToolTip(self.tr(
            "Plot the loss on a logarithmic axis. Loss often falls by orders of magnitude: on a "
            "log axis late progress stays visible, and a straight downward line means the loss "
            "shrinks by a constant factor per step. It switches on by itself once the loss spans "
            "more than 3 decades, until you choose."))
        self.log_x_toggle = log_step_toggle(self)
        # Curves drawn over this plot by others (workbench.plots.run_overlays: other runs), kept in
        # view: () -> (first step, last step, values) or None.
        self.overlay_bounds = lambda: None
        self.readout = QtWidgets.QLabel(self.tr(READOUT_IDLE))
        self.readout.setToolTip(self.tr("The recorded values at the step nearest the mouse pointer."))
        self.readout.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QtWidgets.QLabel()
        self.legend.setWordWrap(True)   # a narrow dock wraps it instead of growing wider
        self.legend.setToolTip(self.tr(
            "Blue is training data, orange is held-out validation data, in both plots. The "
            "faint line is each mini-batch's loss, the bold one its moving average. In a long "
            "run, steps between the first 1,024 and the newest ones are merged to keep memory "
            "flat: there the faint line is the mean of the merged batches and the shaded band "
            "runs from the lowest to the highest of them."))

        self.loss_view = ThemedPlotWidget(axisItems={"bottom": StepAxis()})
        self.loss_view.setToolTip(self.tr(
            "Faint: the training loss of each mini-batch (noisy because each batch differs); where "
            "a long run's older steps are merged, the mean of the merged batches, with a shaded "
            "band from the lowest to the highest of them. Bold: the moving average. Markers: the "
            "loss on held-out validation data after each epoch. Validation rising while training "
            "falls means overfitting. Dashed lines mark where the learning rate or the clip "
            "threshold was changed during the run."))
        self.loss_plot = self.loss_view.getPlotItem()
        _configure(self.loss_plot, self.tr("loss"))
        # Faint through an opaque colour blended towards the background, not transparency: a
        # transparent line drawn segment by segment adds up to a solid band where its zigzags
        # cross, and an item opacity costs an offscreen layer on every frame.
        self.band_low = self.loss_plot.plot()
        self.band_high = self.loss_plot.plot()
        self.band = BandItem(self.band_low, self.band_high)
        self.band.setZValue(-1)
        self.loss_plot.addItem(self.band)
        self.raw_curve = self.loss_plot.plot()
        self.smooth_curve = smooth_curve(self.loss_plot)
        self.smooth_curve.setZValue(1)   # the trend stays on top where validation runs along it
        self.val_curve = self.loss_plot.plot(symbol="o", symbolSize=7, symbolPen=None)
        self.loss_view.apply_theme()

        self.accuracy_view = ThemedPlotWidget(axisItems={"bottom": StepAxis()})
        self.accuracy_view.setToolTip(self.tr(
            "Fraction of examples classified correctly after each epoch, on training and "
            "validation data."))
        self.accuracy_plot = self.accuracy_view.getPlotItem()
        _configure(self.accuracy_plot, self.tr("accuracy"))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.05)
        # Three labels fit the short plot at every window size (four overlapped at 1280x800).
        self.accuracy_plot.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
        # Tall enough for the rotated "accuracy" beside it (at 1280x800 it was cut to "accurac"); its
        # step axis goes without the title the loss plot's just above it has, to leave the loss room.
        self.accuracy_plot.getAxis("bottom").showLabel(False)
        label_length = self.accuracy_plot.getAxis("left").label.boundingRect().width()
        self.accuracy_view.setMinimumHeight(math.ceil(label_length + self.accuracy_plot.getAxis("bottom").minimumHeight()) + 4)
        self.accuracy_plot.setMouseEnabled(x=True, y=False)
        self.accuracy_plot.hideButtons()   # y is fixed and x follows the loss plot
        self.accuracy_plot.vb.disableAutoRange()
        self.train_acc_curve = self.accuracy_plot.plot(symbol="o", symbolSize=5, symbolPen=None)
        self.val_acc_curve = self.accuracy_plot.plot(symbol="o", symbolSize=5, symbolPen=None)
        self._apply_colors()
        self.loss_view.theme_changed.connect(self._apply_colors)
        self.accuracy_view.apply_theme()
        self.accuracy_view.setVisible(False)
        self.follower = RangeFollower(self.loss_plot, parent=self)
        # Panning the accuracy plot moves the (x-linked) loss plot too: the user has taken over.
        self.accuracy_plot.vb.sigRangeChangedManually.connect(self.follower.release)

        controls = QtWidgets.QHBoxLayout()
        controls.addWidget(self.log_y_toggle)
        controls.addWidget(self.log_x_toggle)
        controls.addSpacing(12)
        controls.addWidget(self.legend, stretch=1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.readout)
        layout.addWidget(self.loss_view, stretch=3)
        layout.addWidget(self.accuracy_view, stretch=2)

        self.log_y_toggle.toggled.connect(self._apply_log_modes)
        self.log_y_toggle.clicked.connect(self._log_y_clicked)
        self.log_x_toggle.toggled.connect(self.set_log_x)
        # Rate-limited: mouse moves arrive far faster than a label needs updating.
        self._mouse_proxy = pg.SignalProxy(
            self.loss_view.scene().sigMouseMoved, rateLimit=30, slot=self._show_value_under_mouse)
        self.clear()

    @property
    def plot(self) -> pg.PlotItem:
        """The plot whose step axis is linked to other views' (workbench.plots.step_axis)."""
        return self.loss_plot

    def _apply_colors(self) -> None:
        """Colour the curves and the legend for the current background (lighter when it is dark)."""
        background = background_color(self.loss_view)
        train = series_color(TRAIN_COLOR, background)
        validation = series_color(VALIDATION_COLOR, background)
        faint = blend(train, background, RAW_OPACITY)
        band = blend(train, background, BAND_OPACITY)
        self.raw_curve.setPen(pg.mkPen(faint, width=1))
        self.band.setBrush(pg.mkBrush(band))
        self.band.setPen(pg.mkPen(None))
        for curve in (self.band_low, self.band_high):
            curve.setPen(pg.mkPen(None))
        self.smooth_curve.setPen(pg.mkPen(train, width=2.5))
        for curve, color, width in ((self.val_curve, validation, 2), (self.train_acc_curve, train, 2),
                                    (self.val_acc_curve, validation, 2)):
            curve.setPen(pg.mkPen(color, width=width))
            curve.setSymbolBrush(color)
        self.legend.setText(legend_html(train, validation, faint, band if self._has_band else None))
        pen = pg.mkPen(foreground_color(self.loss_view), width=1, style=QtCore.Qt.PenStyle.DashLine)
        for mark in self.change_marks:
            mark.setPen(pen)
            mark.label.setColor(foreground_color(self.loss_view))

    def set_log_y(self, on: bool) -> None:
        """Switch the loss axis between linear and log10 (zero losses are left out in log), as
        the user's choice: the axis no longer switches by itself."""
        self._log_y_chosen = True
        self.log_y_toggle.setChecked(on)

    def _log_y_clicked(self) -> None:
        self._log_y_chosen = True

    def set_log_x(self, on: bool) -> None:
        """Show the step axis on a log scale (linked plots follow through their toggles)."""
        if self.log_x_toggle.isChecked() != on:
            self.log_x_toggle.setChecked(on)   # re-enters through `toggled`
            return
        self._apply_log_modes()

    def _apply_log_modes(self) -> None:
        log_x, log_y = self.log_x_toggle.isChecked(), self.log_y_toggle.isChecked()
        self.loss_plot.setLogMode(x=log_x, y=log_y)
        self.accuracy_plot.setLogMode(x=log_x, y=False)
        for curve in self.loss_plot.listDataItems() + self.accuracy_plot.listDataItems():
            follow_step_scale(curve, log_x)
        self.band.updatePath()   # the curves' new mapping does not tell the band
        self.follower.log_x = log_x
        self.follower.reset()   # an axis changed units
        self._place_change_marks()
        self._fit_view()

    def clear(self) -> None:
        empty = np.empty(0)
        for curve in (self.raw_curve, self.smooth_curve, self.val_curve,
                      self.train_acc_curve, self.val_acc_curve, self.band_low, self.band_high):
            curve.setData(empty, empty)
        self._band_key = None
        self._set_has_band(False)
        self.set_changes(())
        if not self._log_y_chosen and self.log_y_toggle.isChecked():
            self.log_y_toggle.setChecked(False)   # a new run starts on the linear axis again
        self._step_x = self._loss = self._smoothed = empty
        self._step_starts = self._step_widths = np.empty(0, dtype=np.int64)
        self._low = self._high = empty
        self._epoch_x = self._val_loss = self._epoch_numbers = empty
        self._epochs: dict = {}
        self.accuracy_view.setVisible(False)
        self.readout.setText(self.tr(READOUT_IDLE))
        self.follower.reset()
        log_x = self.log_x_toggle.isChecked()
        x_range = step_to_view(np.array([0.5 if log_x else 0.0, IDLE_STEPS]), log_x)
        self.loss_plot.vb.setRange(xRange=tuple(x_range), yRange=(0, 1), padding=0)
        self.refit()

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame (workbench.views)."""
        draw_whole(self.frame_parts(frame))

    def frame_parts(self, frame) -> Iterator[QtWidgets.QWidget | None]:
        """The loss plot, then the accuracy plot in a pass of its own (workbench.views): together
        they were the costliest view of a frame."""
        if not len(frame.steps["step"]):
            self.clear()
            return
        self.set_changes(frame.changes)
        yield from self._update_parts(frame.steps, frame.epochs, frame.total_steps, frame.status == "running")

    def set_changes(self, changes) -> None:
        """Mark each live change of a setting: (step it first applied to, setting, new value)."""
        changes = tuple(changes)
        if changes == self._changes:
            return
        self._changes = changes
        for mark in self.change_marks:
            self.loss_plot.removeItem(mark)
        self.change_marks = []
        for step, setting, value in changes:
            mark = pg.InfiniteLine(angle=90, movable=False, label=change_label(setting, value),
                                   labelOpts={"position": 0.92, "anchors": [(0, 0), (0, 0)]})
            mark.step = step
            self.loss_plot.addItem(mark)
            self.change_marks.append(mark)
        self._place_change_marks()
        self._apply_colors()

    def _place_change_marks(self) -> None:
        log_x = self.log_x_toggle.isChecked()
        for mark in self.change_marks:
            mark.setValue(float(step_to_view(float(mark.step), log_x)))

    def _set_has_band(self, has_band: bool) -> None:
        if has_band != self._has_band:
            self._has_band = has_band
            self._apply_colors()   # the legend names the band only while there is one

    def update_data(self, steps: dict, epochs: dict, run_length: int | None = None,
                    growing: bool = True) -> None:
        """Show the latest History snapshots (dicts of arrays with "step" and "width").  The step
        axis ends at the newest step, or while ``growing`` a little beyond it, never past
        ``run_length``."""
        draw_whole(self._update_parts(steps, epochs, run_length, growing))

    def _update_parts(self, steps: dict, epochs: dict, run_length: int | None, growing: bool) -> Iterator[QtWidgets.QWidget]:
        self._run_end = run_length + 0.5 if run_length is not None else None
        self._growing = growing
        loss = steps.get("loss", np.empty(0))
        if len(loss):
            self._update_band(steps)
            x = bin_centres(steps)
            span = steps["step"][-1] + steps["width"][-1] - steps["step"][0]
            self._smoothed = moving_average(loss, steps["step"], steps["width"],
                                            max(1.0, span * SMOOTHING_FRACTION))
            self._step_x, self._loss = x, loss
            self._step_starts, self._step_widths = steps["step"], steps["width"]
            self.raw_curve.setData(x, loss, connect="finite")
            self.smooth_curve.setData(x, self._smoothed, connect="finite")

        if (not self._log_y_chosen and not self.log_y_toggle.isChecked()
                and spans_decades(self._loss, AUTO_LOG_SPAN)):
            self.log_y_toggle.setChecked(True)   # automatic: the user's choice still wins later

        # Epochs end far less often than frames arrive: redraw their curves only when one did.
        new_epochs = bool(len(epochs.get("step", ()))) and not same_epochs(epochs, self._epochs)
        if new_epochs:
            ex = bin_centres(epochs)
            self._epoch_x, self._val_loss = ex, epochs["val_loss"]
            self._epoch_numbers = epochs["epoch"]
            set_epoch_curve(self.val_curve, ex, epochs["val_loss"])
        self._fit_view()
        # The loss plot is drawn in this pass; the accuracy plot (new epochs, or its linked step
        # axis moved with the loss plot's) in the next: both axes redrawn at once took 20-40 ms.
        yield self.loss_view
        if not new_epochs:
            return
        train_acc, val_acc = epochs["train_acc"], epochs["val_acc"]
        has_accuracy = bool(np.isfinite(train_acc).any() or np.isfinite(val_acc).any())
        if has_accuracy:
            set_epoch_curve(self.train_acc_curve, self._epoch_x, train_acc)
            set_epoch_curve(self.val_acc_curve, self._epoch_x, val_acc)
        if self.accuracy_view.isVisibleTo(self) != has_accuracy:
            self.accuracy_view.setVisible(has_accuracy)
        self._epochs = epochs      # only now: a round cut short after the loss part redoes both

    def refit(self) -> None:
        """Fit the view again, e.g. when the curves drawn over it changed (``overlay_bounds``)."""
        self._fit_view()

    def _update_band(self, steps: dict) -> None:
        """The merged points' band, redrawn only when the History merged again (the merged
        stretch changes only then; the newest points come after it)."""
        region = merged_region(steps["width"])
        starts = steps["step"][region]
        key = (len(starts), int(starts[0]), int(starts[-1])) if len(starts) else None
        self._low = steps.get(LOSS_COLUMN_LOW, steps["loss"])
        self._high = steps.get(LOSS_COLUMN_HIGH, steps["loss"])
        if key == self._band_key:
            return
        self._band_key = key
        x, low, high = band_outline(bin_centres(steps)[region], self._low[region], self._high[region])
        self.band_low.setData(x, low, connect="finite")
        self.band_high.setData(x, high, connect="finite")
        self._set_has_band(key is not None)

    def _fit_view(self) -> None:
        """Every step run so far and every loss value visible, on ranges that change rarely."""
        overlay = self.overlay_bounds()
        if not len(self._step_starts) and overlay is None:
            return
        # The smoothed curve is a mean of the raw one: it never leaves the band's range.
        values = (self._low, self._high, self._val_loss) + ((overlay[2],) if overlay is not None else ())
        if self.log_y_toggle.isChecked():
            values = tuple(np.log10(v[v > 0]) for v in values)
        spans = ([step_span(self._step_starts, self._step_widths)] if len(self._step_starts) else []) + \
            ([(overlay[0], overlay[1])] if overlay is not None else [])
        x0, x1 = min(s[0] for s in spans), max(s[1] for s in spans)
        if self.log_x_toggle.isChecked():
            x0 = max(x0, 0.5)
        self.follower.show(x0, x1, finite_bounds(*values), run_end=self._run_end, growing=self._growing)

    def _show_value_under_mouse(self, signal_args: tuple) -> None:
        scene_pos = signal_args[0]
        if not len(self._step_x) or not self.loss_plot.sceneBoundingRect().contains(scene_pos):
            return
        x = self.loss_plot.vb.mapSceneToView(scene_pos).x()
        if self.log_x_toggle.isChecked():
            x = 10.0 ** x
        i = nearest_index(self._step_x, x)
        start, width = int(self._step_starts[i]), int(self._step_widths[i])
        if width == 1:
            text = self.tr("step {step}: loss {loss}").format(step=f"{start:,}", loss=f"{self._loss[i]:.4g}")
        else:
            text = self.tr("steps {first}–{last} ({count} batches merged): mean loss {loss}, lowest {low}, "
                           "highest {high}").format(
                first=f"{start:,}", last=f"{start + width - 1:,}", count=width, loss=f"{self._loss[i]:.4g}",
                low=f"{self._low[i]:.4g}", high=f"{self._high[i]:.4g}")
        text = self.tr("{readout}, smoothed {smoothed}").format(readout=text, smoothed=f"{self._smoothed[i]:.4g}")
        if len(self._epoch_x):
            j = nearest_index(self._epoch_x, x)
            text = self.tr("{readout} · validation {loss} (epoch {epoch})").format(
                readout=text, loss=f"{self._val_loss[j]:.4g}", epoch=int(self._epoch_numbers[j]))
        self.readout.setText(text)
