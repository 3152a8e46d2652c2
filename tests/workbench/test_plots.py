"""The live plot widgets, driven with synthetic History snapshots as the runner will feed them."""
from __future__ import annotations

from types import SimpleNamespace

import math

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6 import QtCore, QtGui, QtWidgets

from engine.diagnosis import diagnose
from engine.layer_health import METRICS
from workbench.plots.decision_boundary import DecisionBoundary
from workbench.plots.gradient_heatmap import MAX_COLUMNS, GradientHeatmap
from workbench.plots.layer_bars import LayerBars
from workbench.plots.loss_plot import MAX_EPOCH_SYMBOLS, LossPlot, moving_average
from workbench.plots.step_axis import StepAxis, StepAxisLink, next_round_spacing
from workbench.plots.style import (
    ABOVE_BAND_COLOR, BELOW_BAND_COLOR, CLASS_COLORS, INSIDE_BAND_COLOR,
)
from workbench.plots.view_range import EDGE_ROOM, HEADROOM, IDLE_STEPS, PADDING, nice_ceiling, step_limit, value_range

LOG10_MIN, LOG10_MAX = METRICS["grad_h"].scale   # the gradients' fixed colour scale: 1e-8..1e2
N_LAYERS = 4
NAMES = [f"dense{i + 1} · sigmoid" for i in range(N_LAYERS - 1)] + ["output"]


def vanishing_snapshot(starts, widths, decay=2.0) -> dict:
    """A per-step snapshot where dL/dh shrinks 10**decay per layer towards the input.

    Layer i at point k: 10**(-decay * (N_LAYERS-1-i)) * (k+1), so every cell is distinct and a
    wrong row or column shows up as a wrong value.  dL/dW is a tenth of dL/dh.
    """
    starts = np.asarray(starts, dtype=np.int64)
    widths = np.asarray(widths, dtype=np.int64)
    n = len(starts)
    k = np.arange(n, dtype=np.float64)
    snapshot = {"step": starts, "width": widths, "loss": 2.0 / (1.0 + k), "grad_norm": np.ones(n),
                "lr": np.full(n, 0.1)}
    for i in range(N_LAYERS):
        grad_h = 10.0 ** (-decay * (N_LAYERS - 1 - i)) * (k + 1)
        snapshot[f"L{i}.grad_h"] = grad_h
        snapshot[f"L{i}.grad_w"] = grad_h / 10
        for stat in ("act_mean", "act_std", "saturated", "dead", "update_ratio"):
            snapshot[f"L{i}.{stat}"] = np.zeros(n)
    return snapshot


def epoch_snapshot(n_epochs, steps_per_epoch, classification=True) -> dict:
    e = np.arange(1, n_epochs + 1, dtype=np.float64)
    acc = (1 - 0.5 / e) if classification else np.full(n_epochs, np.nan)
    return {"step": (e * steps_per_epoch).astype(np.int64), "width": np.ones(n_epochs, np.int64),
            "epoch": e, "train_loss": 1.0 / e, "val_loss": 1.2 / e, "train_acc": acc,
            "val_acc": acc - 0.05}


def unit_steps(n):
    return vanishing_snapshot(np.arange(n), np.ones(n))


def merged_steps():
    """Old points merged into 4-step bins, the newest at full resolution: steps 0..15."""
    return vanishing_snapshot([0, 4, 8, 12, 13, 14, 15], [4, 4, 4, 1, 1, 1, 1])


def value_at_step(snapshot, column, step):
    """The value of the bin covering `step` (a direct scan, independent of the widgets' code)."""
    for start, width, value in zip(snapshot["step"], snapshot["width"], snapshot[column]):
        if start <= step < start + width:
            return value
    raise AssertionError(f"no bin covers step {step}")


# ---------------------------------------------------------------- what a person sees

def luminance(rgb) -> np.ndarray:
    """WCAG relative luminance of sRGB colours given as 0..255 values (last axis R, G, B)."""
    c = np.asarray(rgb, dtype=np.float64)[..., :3] / 255.0
    linear = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast(a, b) -> np.ndarray:
    la, lb = luminance(a), luminance(b)
    return (np.maximum(la, lb) + 0.05) / (np.minimum(la, lb) + 0.05)


def rgb_of(color: QtGui.QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def pixels(widget: QtWidgets.QWidget, name: str) -> np.ndarray:
    """The widget as rendered, (height, width, 3) RGB, also saved to /tmp/<name>.png to look at."""
    image = widget.grab().toImage().convertToFormat(QtGui.QImage.Format_RGB888)
    image.save(f"/tmp/{name}.png")
    stride = image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * image.height())
    rows = data.reshape(image.height(), stride)[:, :image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).copy()   # the QImage dies with this frame


def strongest_contrast(region: np.ndarray, background) -> float:
    """The contrast of the pixel in `region` that stands out most from `background`: the ink."""
    return float(contrast(region.reshape(-1, 3), background).max())


# ---------------------------------------------------------------- style


# ---------------------------------------------------------------- loss plot


def naive_trailing_mean(values, starts, widths, window_steps):
    out = []
    for k in range(len(values)):
        end = starts[k] + widths[k]
        chosen = [j for j in range(k + 1) if starts[j] >= end - window_steps] or [k]
        pairs = [(values[j], widths[j]) for j in chosen if np.isfinite(values[j])]
        out.append(sum(v * w for v, w in pairs) / sum(w for _, w in pairs) if pairs else np.nan)
    return np.array(out)


@pytest.mark.parametrize("window_steps", [1, 3, 8, 100])
def test_moving_average_is_a_trailing_mean_over_steps(window_steps):
    snap = merged_steps()
    loss = np.array([5.0, 4.0, np.nan, 3.0, 1.0, 2.0, 0.5])
    expected = naive_trailing_mean(loss, snap["step"], snap["width"], window_steps)
    got = moving_average(loss, snap["step"], snap["width"], window_steps)
    np.testing.assert_allclose(got, expected, equal_nan=True)


def test_moving_average_weights_merged_bins_by_their_steps():
    # 4 steps at loss 1 then 1 step at loss 6: the mean over those 5 steps is 2, not 3.5.
    got = moving_average(np.array([1.0, 6.0]), np.array([0, 4]), np.array([4, 1]), 5)
    assert got[-1] == pytest.approx(2.0)


def test_loss_plot_draws_raw_smoothed_and_validation_curves(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    steps, epochs = merged_steps(), epoch_snapshot(3, 5)
    plot.update_data(steps, epochs)

    x, y = plot.raw_curve.getOriginalDataset()
    # A merged bin is drawn at its mean step.
    np.testing.assert_allclose(x, [1.5, 5.5, 9.5, 12, 13, 14, 15])
    np.testing.assert_allclose(y, steps["loss"])
    _, smoothed = plot.smooth_curve.getOriginalDataset()
    assert np.all(np.isfinite(smoothed))
    assert smoothed[-1] > steps["loss"][-1]   # a trailing mean lags a falling loss
    vx, vy = plot.val_curve.getOriginalDataset()
    np.testing.assert_allclose(vx, epochs["step"])
    np.testing.assert_allclose(vy, epochs["val_loss"])


def long_run_loss_plot(qtbot) -> tuple[LossPlot, dict]:
    """A 700-pixel-wide loss plot, shown, of a 5,000-step run whose loss falls in a straight line."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    plot.show()
    qtbot.waitExposed(plot)
    steps = unit_steps(5000)
    steps["loss"] = np.linspace(2.0, 0.1, 5000)
    plot.update_data(steps, {})
    return plot, steps


def test_the_smoothed_loss_draws_one_mean_point_per_pixel_of_a_long_run(qtbot):
    # A bold line draws every point as a segment of its own: 5,000 of them cost the window more
    # than all its other plots together, for a line no wider than the plot.
    plot, steps = long_run_loss_plot(qtbot)
    pixels = plot.loss_plot.vb.width()
    qtbot.waitUntil(lambda: len(plot.smooth_curve.getData()[0]) <= pixels)
    x, y = plot.smooth_curve.getData()
    assert len(x) >= pixels / 3          # still a line across the plot, not a few dots
    # Each drawn point stands for consecutive points of the (nearly straight) moving average, at
    # their mean step: where the full curve passes.
    full_x, full_y = plot.smooth_curve.getOriginalDataset()
    np.testing.assert_allclose(y, np.interp(x, full_x, full_y), atol=1e-3)


def test_on_a_log_step_axis_the_smoothed_loss_keeps_every_point_of_the_first_decades(qtbot):
    plot, steps = long_run_loss_plot(qtbot)
    plot.log_x_toggle.click()
    x, _ = plot.smooth_curve.getData()
    # Steps 1..99, the first two decades: each its own point, at log10 of its step.
    np.testing.assert_allclose(x[1:100], np.log10(np.arange(1, 100)))
    plot.log_x_toggle.click()                     # linear again: one mean point per pixel
    plot.update_data(steps, {})                   # (the next frame)
    qtbot.waitUntil(lambda: len(plot.smooth_curve.getData()[0]) <= plot.loss_plot.vb.width())


def test_the_merged_steps_band_keeps_each_groups_extremes_in_at_most_its_point_budget():
    from workbench.plots.loss_plot import band_outline

    x = np.arange(10.0)
    low = np.array([5, 3, 4, np.nan, 2, 6, 7, 1, 8, 9.0])
    high = low + 10
    bx, blow, bhigh = band_outline(x, low, high, most=4)
    # Groups start at linspace(0, 10, 4, endpoint=False) floored, 0 2 5 7: [0, 1], [2, 3, 4], [5, 6], [7, 8, 9].
    np.testing.assert_allclose(bx, [0.5, 3.0, 5.5, 8.0])
    np.testing.assert_allclose(blow, [3, 2, 6, 1])          # the NaN of point 3 ignored
    np.testing.assert_allclose(bhigh, [15, 14, 17, 19])
    assert band_outline(x, low, high, most=10)[1] is low      # few enough: drawn as they are


def test_accuracy_shown_for_classification_hidden_for_regression(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.update_data(unit_steps(20), epoch_snapshot(3, 5, classification=True))
    assert plot.accuracy_view.isVisibleTo(plot)
    np.testing.assert_allclose(plot.train_acc_curve.getOriginalDataset()[1], [0.5, 0.75, 1 - 0.5 / 3])

    plot.update_data(unit_steps(20), epoch_snapshot(3, 5, classification=False))
    assert not plot.accuracy_view.isVisibleTo(plot)


def test_log_scale_checkbox_switches_the_loss_axis(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.show()
    steps = unit_steps(50)
    plot.update_data(steps, epoch_snapshot(2, 20))
    axis = plot.loss_plot.getAxis("left")
    assert not axis.logMode

    qtbot.mouseClick(plot.log_y_toggle, QtCore.Qt.MouseButton.LeftButton)
    assert plot.log_y_toggle.isChecked()
    assert axis.logMode
    # The curve is now drawn in log10 units and the view spans the decades of the loss.
    assert plot.raw_curve.opts["logMode"] == [False, True]
    plot.loss_plot.vb.autoRange()
    low, high = plot.loss_plot.vb.viewRange()[1]
    assert low <= math.log10(steps["loss"].min()) and high >= math.log10(steps["loss"].max())
    assert high < 1.0   # linear units would reach 2.0

    qtbot.mouseClick(plot.log_y_toggle, QtCore.Qt.MouseButton.LeftButton)
    assert not axis.logMode
    assert plot.raw_curve.opts["logMode"] == [False, False]


def test_set_log_y_updates_the_checkbox(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.set_log_y(True)
    assert plot.log_y_toggle.isChecked() and plot.loss_plot.getAxis("left").logMode


def test_readout_shows_the_point_under_the_mouse(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    qtbot.waitExposed(plot)
    steps, epochs = merged_steps(), epoch_snapshot(3, 5)
    plot.update_data(steps, epochs)
    plot.loss_plot.vb.setRange(xRange=(0, 16), yRange=(0, 2), padding=0)

    def move_to_step(x):
        scene_pos = plot.loss_plot.vb.mapViewToScene(QtCore.QPointF(x, 1.0))
        qtbot.mouseMove(plot.loss_view.viewport(), plot.loss_view.mapFromScene(scene_pos))

    move_to_step(13.1)
    qtbot.waitUntil(lambda: plot.readout.text().startswith("step 13:"))
    assert f"loss {steps['loss'][4]:.4g}" in plot.readout.text()
    assert "validation 0.4 (epoch 3)" in plot.readout.text()   # nearest epoch ends at step 15

    move_to_step(5.2)   # inside the merged bin covering steps 4..7
    qtbot.waitUntil(lambda: plot.readout.text().startswith("steps 4–7 (4 batches merged):"))
    assert f"mean loss {steps['loss'][1]:.4g}" in plot.readout.text()


def test_clear_empties_every_curve(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.update_data(unit_steps(10), epoch_snapshot(2, 5))
    plot.clear()
    for curve in (plot.raw_curve, plot.smooth_curve, plot.val_curve, plot.train_acc_curve):
        x, _ = curve.getOriginalDataset()
        assert x is None or len(x) == 0
    assert not plot.accuracy_view.isVisibleTo(plot)


def zigzag_run_with_validation_on_the_mean(qtbot, name):
    """A rendered loss plot whose batch losses alternate 0.2 / 1.8: the raw curve fills that band,
    its moving average and the validation loss (1.0 each epoch) run together along y = 1."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 450)
    plot.show()
    qtbot.waitExposed(plot)
    steps = unit_steps(200)
    steps["loss"] = np.where(np.arange(200) % 2 == 0, 0.2, 1.8)
    epochs = epoch_snapshot(4, 50)
    epochs["val_loss"] = np.ones(4)
    plot.update_data(steps, epochs)
    plot.loss_plot.vb.setRange(xRange=(0, 200), yRange=(0, 2), padding=0)
    plot.loss_plot.showGrid(x=False, y=False)   # so every pixel that is not background is a curve
    image = pixels(plot.loss_view, name)
    background = rgb_of(plot.loss_view.backgroundBrush().color())

    def region(x0, x1, y0, y1):
        """The pixels drawn for view coordinates x in [x0, x1], y in [y0, y1]."""
        def pixel(x, y):
            return plot.loss_view.mapFromScene(plot.loss_plot.vb.mapViewToScene(QtCore.QPointF(x, y)))
        top_left, bottom_right = pixel(x0, y1), pixel(x1, y0)
        return image[top_left.y():bottom_right.y() + 1, top_left.x():bottom_right.x() + 1]

    return plot, region, background


def test_raw_loss_is_faint_and_the_smoothed_line_stands_out(qtbot):
    plot, region, background = zigzag_run_with_validation_on_the_mean(qtbot, "loss_faint_raw")
    raw_only = region(20, 180, 1.3, 1.75)          # far from the mean: only batch losses drawn
    mean_line = region(20, 180, 0.97, 1.03)
    assert strongest_contrast(raw_only, background) < 1.6
    assert strongest_contrast(mean_line, background) >= 3.0


def test_smoothed_training_line_is_drawn_over_the_validation_line(qtbot):
    plot, region, background = zigzag_run_with_validation_on_the_mean(qtbot, "loss_overlap")
    # Between two epoch markers both lines run along y = 1; what shows there is the one on top.
    centre_row = region(65, 85, 1.0, 1.0).reshape(-1, 3).astype(float)
    ink = np.median(centre_row, axis=0)
    train = np.array(rgb_of(plot.smooth_curve.opts["pen"].color()))
    validation = np.array(rgb_of(plot.val_curve.opts["pen"].color()))
    assert np.linalg.norm(ink - train) < np.linalg.norm(ink - validation), ink


def all_plot_widgets(qtbot):
    """One of each plot widget, shown, with the pyqtgraph views they contain."""
    loss, heatmap, bars, boundary = LossPlot(), GradientHeatmap(), LayerBars(), DecisionBoundary()
    for widget in (loss, heatmap, bars, boundary):
        qtbot.addWidget(widget)
        widget.resize(500, 350)
        widget.show()
        qtbot.waitExposed(widget)
    views = [loss.loss_view, loss.accuracy_view, heatmap.view, bars.view, boundary.view]
    return (loss, heatmap, bars, boundary), views


def axes_of(view):
    return [item for item in view.scene().items() if isinstance(item, pg.AxisItem)]


def test_axes_read_plain_numbers_without_si_scale_factors(qtbot):
    (loss, heatmap, bars, boundary), views = all_plot_widgets(qtbot)
    idle = [(axis, axis.labelString()) for view in views for axis in axes_of(view) if axis.isVisible()]
    steps = unit_steps(2000)
    steps["loss"] = 0.68 + 0.08 * np.random.default_rng(0).random(2000)   # a loss just under 1
    loss.update_data(steps, epoch_snapshot(4, 500))
    heatmap.set_layers(NAMES)
    heatmap.update_data(steps)
    bars.set_layers(NAMES)
    bars.update_data(steps)
    boundary.set_points(np.array([[-0.4, 0.3], [0.2, -0.1]]), np.array([0, 1]), 2)
    pixels(loss, "plain_axes_loss")
    running = [(axis, axis.labelString()) for view in views for axis in axes_of(view) if axis.isVisible()]
    assert len(running) >= 9
    for axis, label in idle + running:
        # pyqtgraph would write "loss (x0.001)" and tick 680..760 for losses of 0.68..0.76
        assert "(x" not in label and axis.autoSIPrefixScale == 1.0, label


def test_idle_plots_show_the_first_steps_of_a_run(qtbot):
    (loss, heatmap, _bars, _boundary), _views = all_plot_widgets(qtbot)
    heatmap.set_layers(NAMES)
    for plot in (loss.loss_plot, heatmap.plot):
        (x0, x1), _ = plot.vb.viewRange()
        assert (x0, x1) == (0, IDLE_STEPS)       # not -0.5..0.5: there are no negative steps
    assert loss.loss_plot.vb.viewRange()[1] == [0, 1]
    pixels(heatmap, "idle_heatmap")

    loss.update_data(unit_steps(500), {})
    loss.clear()                                  # a new run starts from an empty plot again
    assert loss.loss_plot.vb.viewRange() == [[0, IDLE_STEPS], [0, 1]]
    heatmap.update_data(unit_steps(500))
    heatmap.update_data({})
    assert heatmap.plot.vb.viewRange()[0] == [0, IDLE_STEPS]


# ---------------------------------------------------------------- gradient heatmap


def make_heatmap(qtbot, steps):
    heatmap = GradientHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.set_layers(NAMES)
    heatmap.update_data(steps)
    return heatmap


def pixel_at(image_item, step, layer):
    """The image value drawn at (step, layer row) in plot coordinates: step s is centred on x = s."""
    p = image_item.mapFromView(QtCore.QPointF(step, layer + 0.5))
    return image_item.image[int(p.y()), int(p.x())]


def test_heatmap_has_fixed_levels_and_log10_rows_with_input_at_bottom(qtbot):
    steps = unit_steps(30)
    heatmap = make_heatmap(qtbot, steps)
    np.testing.assert_array_equal(heatmap.image.getLevels(), [LOG10_MIN, LOG10_MAX])
    assert heatmap.image.image.shape == (N_LAYERS, 30)
    for layer in range(N_LAYERS):
        for step in (0, 17, 29):
            expected = math.log10(steps[f"L{layer}.grad_h"][step])
            assert pixel_at(heatmap.image, step, layer) == pytest.approx(expected)
    # Row 0 (lowest on screen) is the input layer, the one with the smallest gradient.
    assert heatmap.image.mapToView(QtCore.QPointF(0, 0)).y() == pytest.approx(0.0)
    assert heatmap.image.image[0, 0] == pytest.approx(math.log10(steps["L0.grad_h"][0]))
    ticks = dict((round(v, 3), name) for v, name in heatmap.plot.getAxis("left")._tickLevels[0])
    assert ticks == {0.5: NAMES[0], 1.5: NAMES[1], 2.5: NAMES[2], 3.5: NAMES[3]}


def test_heatmap_keeps_levels_when_data_leaves_the_range(qtbot):
    steps = unit_steps(5)
    steps["L3.grad_h"][:] = [0.0, 1e5, np.nan, 1e-20, 1.0]
    heatmap = make_heatmap(qtbot, steps)
    np.testing.assert_array_equal(heatmap.image.getLevels(), [LOG10_MIN, LOG10_MAX])
    row = heatmap.image.image[3]
    np.testing.assert_allclose(row[[0, 1, 3, 4]], [LOG10_MIN, LOG10_MAX, LOG10_MIN, 0.0])
    assert np.isnan(row[2])   # no data: a transparent pixel, not a made-up colour


def test_heatmap_resamples_merged_bins_onto_real_steps(qtbot):
    steps = merged_steps()
    heatmap = make_heatmap(qtbot, steps)
    assert heatmap.image.image.shape == (N_LAYERS, 16)   # one column per step 0..15
    for layer in range(N_LAYERS):
        for step in range(16):
            expected = math.log10(value_at_step(steps, f"L{layer}.grad_h", step))
            assert pixel_at(heatmap.image, step, layer) == pytest.approx(expected), (layer, step)
    # The image spans exactly the steps the snapshot covers, half a step either side of 0 and 15.
    rect = heatmap.image.mapRectToView(heatmap.image.boundingRect())
    assert (rect.left(), rect.right(), rect.top(), rect.bottom()) == pytest.approx((-0.5, 15.5, 0, N_LAYERS))


def test_heatmap_work_is_bounded_and_keeps_a_one_step_spike(qtbot):
    n = 4 * MAX_COLUMNS
    steps = vanishing_snapshot(np.arange(n), np.ones(n), decay=1.0)
    steps["L1.grad_h"][:] = 1e-3
    steps["L1.grad_h"][2345] = 10.0
    heatmap = make_heatmap(qtbot, steps)
    assert heatmap.image.image.shape == (N_LAYERS, MAX_COLUMNS)
    row = heatmap.image.image[1]
    assert row.max() == pytest.approx(1.0)
    assert pixel_at(heatmap.image, 2345, 1) == pytest.approx(1.0)
    assert np.count_nonzero(np.isclose(row, 1.0)) == 1
    # A rising row: each column shows the largest (last) of the 4 steps it covers.
    np.testing.assert_allclose(heatmap.image.image[0], np.log10(steps["L0.grad_h"][3::4]))


def test_heatmap_metric_combo_switches_to_weight_gradients(qtbot):
    steps = unit_steps(8)
    heatmap = make_heatmap(qtbot, steps)
    heatmap.show()
    heatmap.metric_combo.setFocus()
    qtbot.keyClick(heatmap.metric_combo, QtCore.Qt.Key.Key_Down)
    assert heatmap.metric_combo.currentText() == "dL/dW (weight gradient)"
    np.testing.assert_allclose(heatmap.image.image, np.log10(np.stack(
        [steps[f"L{i}.grad_w"] for i in range(N_LAYERS)])))

    heatmap.set_metric("grad_h")
    assert heatmap.metric_combo.currentText() == "dL/dh (layer output gradient)"
    assert pixel_at(heatmap.image, 3, 2) == pytest.approx(math.log10(steps["L2.grad_h"][3]))
    with pytest.raises(ValueError, match="grad_h"):
        heatmap.set_metric("grad_x")


def test_rendered_heatmap_is_dark_at_the_input_and_bright_at_the_output(qtbot):
    # Input layer ~1e-8, clipped to the dark end; output layer ~1..50, at the bright end.
    heatmap = make_heatmap(qtbot, vanishing_snapshot(np.arange(50), np.ones(50), decay=3.0))
    heatmap.resize(500, 300)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    frame = heatmap.grab().toImage()
    vb = heatmap.plot.vb

    def lightness(step, layer):
        scene = vb.mapViewToScene(QtCore.QPointF(step, layer))
        pos = heatmap.view.mapTo(heatmap, heatmap.view.mapFromScene(scene))
        return frame.pixelColor(pos).lightnessF()

    assert lightness(25, 0.5) < 0.15 < 0.6 < lightness(25, 3.5)


# ---------------------------------------------------------------- layer bars


def bars_with(qtbot, column_values: dict, metric="grad_h", rows=12):
    bars = LayerBars()
    qtbot.addWidget(bars)
    bars.set_layers(NAMES)
    steps = unit_steps(rows)
    for column, value in column_values.items():
        steps[column][:] = value
    bars.update_data(steps, metric)
    return bars, steps


def bar_colours(bars):
    return [b.color().name() for b in bars.bars.opts["brushes"]]


def test_bars_colours_are_the_verdicts_rule(qtbot):
    # tanh_standard's picture: every gradient inside the old absolute band 1e-4..1e1, yet the
    # first hidden layer gets 1e-3 of the last hidden one's: vanishing.  The bars must say so.
    values = [1e-3, 0.05, 1.0, 2000.0]
    bars, steps = bars_with(qtbot, {f"L{i}.grad_h": v for i, v in enumerate(values)})
    assert diagnose(steps, ["tanh"] * 3 + ["identity"]).verdict == "vanishing"
    blue, green, red = (QtGui.QColor(c).name() for c in (BELOW_BAND_COLOR, INSIDE_BAND_COLOR, ABOVE_BAND_COLOR))
    # Ratios to dense3 (1.0): 1e-3 < 1e-2 vanishing, 0.05 healthy, 1 healthy, 2000 > 100 exploding.
    assert bar_colours(bars) == [blue, green, green, red]
    opts = bars.bars.opts
    np.testing.assert_allclose(opts["y"], [0, 1, 2, 3])   # input layer at the bottom
    np.testing.assert_allclose(np.asarray(opts["x0"]) + opts["width"], [-3.0, math.log10(0.05), 0.0, 2.0])
    # The shaded band is the rule's: 1e-2 to 1e2 times the last hidden layer's gradient.
    np.testing.assert_allclose(bars.band.getRegion(), [-2.0, 2.0])
    assert not bars.band.movable


def test_bars_read_the_median_of_the_newest_records_as_the_verdict_does(qtbot):
    bars, steps = bars_with(qtbot, {f"L{i}.grad_h": 1.0 for i in range(N_LAYERS)})
    steps["L0.grad_h"][-1] = 1e-9           # one odd batch
    steps["L0.grad_h"][:-10] = 1e-9         # and old records outside the ten newest
    bars.update_data(steps)
    assert (np.asarray(bars.bars.opts["x0"]) + bars.bars.opts["width"])[0] == pytest.approx(0.0)
    assert bar_colours(bars)[0] == QtGui.QColor(INSIDE_BAND_COLOR).name()


def test_a_zero_gradient_gets_a_stub_at_the_floor_labelled_zero(qtbot):
    bars, steps = bars_with(qtbot, {"L0.grad_w": 0.0}, metric="grad_w")
    x0 = np.asarray(bars.bars.opts["x0"])
    ends = x0 + bars.bars.opts["width"]
    assert ends[0] == LOG10_MIN and x0[0] < LOG10_MIN    # a visible stub, not an empty bar
    assert bars.plot.vb.viewRange()[0][0] <= x0[0]
    assert bars.zero_labels[0].isVisible() and bars.zero_labels[0].toPlainText() == "0"
    assert bars.zero_labels[0].pos().x() == LOG10_MIN
    assert not any(label.isVisible() for label in bars.zero_labels[1:])
    # The other bars: the median of the ten newest records (of 12), as the diagnosis reads them.
    np.testing.assert_allclose(ends[1:], np.log10([np.median(steps[f"L{i}.grad_w"][2:]) for i in (1, 2, 3)]))
    assert "dL/dW" in bars.plot.getAxis("bottom").labelText


def test_bars_show_the_cause_metrics_on_their_own_scale(qtbot):
    bars, _ = bars_with(qtbot, {"L0.saturated": 0.92, "L1.saturated": 0.1}, metric="saturated")
    ends = np.asarray(bars.bars.opts["x0"]) + bars.bars.opts["width"]
    np.testing.assert_allclose(ends, [0.92, 0.1, 0.0, 0.0])
    red, green = QtGui.QColor(ABOVE_BAND_COLOR).name(), QtGui.QColor(INSIDE_BAND_COLOR).name()
    assert bar_colours(bars) == [red, green, green, green]
    np.testing.assert_allclose(bars.band.getRegion(), [0.0, 0.2])
    ticks = [label for _, label in bars.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["0%", "25%", "50%", "75%", "100%"]
    bars.update_data(bars_with(qtbot, {"L2.update_ratio": 1e-3})[1], "update_ratio")
    assert (np.asarray(bars.bars.opts["x0"]) + bars.bars.opts["width"])[2] == pytest.approx(-3.0)
    np.testing.assert_allclose(bars.band.getRegion(), [-4.0, -2.0])


# ---------------------------------------------------------------- decision boundary


def test_boundary_image_shows_class_colours_by_probability(qtbot):
    boundary = DecisionBoundary()
    qtbot.addWidget(boundary)
    ny, nx = 4, 6
    probs = np.zeros((ny, nx, 2))
    probs[:, :3] = [1.0, 0.0]
    probs[:, 3:] = [0.0, 1.0]
    probs[ny - 1, nx - 1] = [0.5, 0.5]
    boundary.update_grid(probs, (-3.0, 3.0, -2.0, 2.0))
    rgb = boundary.image.image
    assert rgb.shape == (ny, nx, 3)
    class_rgb = [QtGui.QColor(c).getRgb()[:3] for c in CLASS_COLORS[:2]]
    # The grid cell at view point (-2.5, -1.5) is row 0, column 0: certainly class 0.
    p = boundary.image.mapFromView(QtCore.QPointF(-2.5, -1.5))
    assert (int(p.y()), int(p.x())) == (0, 0)
    assert tuple(rgb[0, 0]) == class_rgb[0]
    assert tuple(rgb[0, nx - 1]) == class_rgb[1]
    # A coin flip is paler: closer to the background than either class colour.
    background = np.array(boundary.view.backgroundBrush().color().getRgb()[:3], dtype=float)
    uncertain = np.linalg.norm(rgb[ny - 1, nx - 1] - background)
    assert uncertain < min(np.linalg.norm(np.array(c) - background) for c in class_rgb)


def test_boundary_points_coloured_by_class_with_outline_above_the_image(qtbot):
    boundary = DecisionBoundary()
    qtbot.addWidget(boundary)
    x = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, -1.0]])
    boundary.set_points(x, np.array([0, 2, 1]), n_classes=3)
    spots = boundary.points.points()
    assert [s.brush().color().name() for s in spots] == [CLASS_COLORS[0], CLASS_COLORS[2], CLASS_COLORS[1]]
    assert all(s.pen().color().lightnessF() < 0.2 for s in spots)
    np.testing.assert_allclose([[s.pos().x(), s.pos().y()] for s in spots], x)
    assert boundary.points.zValue() > boundary.image.zValue()
    with pytest.raises(ValueError, match=r"\[0, 3\)"):
        boundary.set_points(x, np.array([0, 3, 1]), n_classes=3)


def test_boundary_legend_names_the_classes_and_the_axes_the_features(qtbot):
    boundary = DecisionBoundary()
    qtbot.addWidget(boundary)
    x = np.array([[5.1, 3.5], [7.0, 3.2], [6.3, 3.3]])
    boundary.set_points(x, np.array([0, 1, 2]), 3, ("setosa", "versicolor", "virginica"),
                        ("sepal length (cm)", "sepal width (cm)"))
    entries = [(sample.item.opts["brush"].color().name(), label.text) for sample, label in boundary.legend.items]
    assert entries == list(zip(CLASS_COLORS[:3], ("setosa", "versicolor", "virginica")))
    assert boundary.plot.getAxis("bottom").labelText == "sepal length (cm)"
    assert boundary.plot.getAxis("left").labelText == "sepal width (cm)"
    boundary.set_points(x[:2], np.array([0, 1]), 2)          # unnamed data: class k, x₁ and x₂
    assert [label.text for _, label in boundary.legend.items] == ["class 0", "class 1"]
    assert boundary.plot.getAxis("bottom").labelText == "x₁"


def test_boundary_clear_removes_image_and_points(qtbot):
    boundary = DecisionBoundary()
    qtbot.addWidget(boundary)
    boundary.set_points(np.zeros((2, 2)), np.array([0, 1]), 2)
    boundary.update_grid(np.full((2, 2, 2), 0.5), (0, 1, 0, 1))
    boundary.clear()
    assert boundary.image.image is None
    assert len(boundary.points.points()) == 0


# ---------------------------------------------------------------- the leak guard in conftest.py

LEAKY_TESTS = '''
import threading
from PySide6 import QtCore, QtWidgets

KEPT = []
NEVER = threading.Event()

def test_clean(qtbot):
    widget = QtWidgets.QLabel("closed by qtbot")
    qtbot.addWidget(widget)
    widget.show()

def test_leaks_a_widget_with_a_timer(qtbot):
    widget = QtWidgets.QWidget()
    timer = QtCore.QTimer(widget)
    timer.start(1000)
    KEPT.append(widget)

def test_leaks_a_thread():
    threading.Thread(target=NEVER.wait, name="forgotten-worker", daemon=True).start()

def test_leaks_an_active_timer():
    timer = QtCore.QTimer()
    timer.setObjectName("forgotten-poll")
    timer.start(1000)
    KEPT.append(timer)

def test_clean_with_timers_that_finished(qtbot):
    timer = QtCore.QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):   # pytest-qt runs its own timeout timer
        timer.start(1)
    stopped = QtCore.QTimer()
    stopped.start(1000)
    stopped.stop()
    KEPT.extend([timer, stopped])
'''


def test_leak_guard_fails_tests_that_leak_widgets_threads_or_timers(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "test_leaky.py").write_text(LEAKY_TESTS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    out = result.stdout
    # A teardown error does not undo the call's pass: 5 passed, 3 of them then errored.
    assert "5 passed, 3 errors" in out, out
    assert "ERROR test_leaky.py::test_clean" not in out
    assert "top-level widget left alive: QWidget '' (hidden, 1 running QTimer(s))" in out
    assert "Python thread still running: forgotten-worker" in out
    assert "active timer left running: QTimer 'forgotten-poll' (1000 ms, no parent)" in out


# ---------------------------------------------------------------- stable view ranges


@pytest.mark.parametrize("value, expected", [
    (7, 8), (8, 8), (8.1, 10), (123, 150), (0.031, 0.04), (1000, 1000), (2500, 3000)])
def test_nice_ceiling_rounds_up_to_a_round_number(value, expected):
    assert nice_ceiling(value) == pytest.approx(expected)


@given(st.floats(min_value=1.0, max_value=1e9))
def test_step_limit_leaves_room_ahead_of_the_newest_step_and_holds_while_it_fits(newest):
    limit = step_limit(newest, None)
    # The round numbers are at most 1.5 apart, so the edge lands HEADROOM to 1.5 x HEADROOM ahead.
    assert HEADROOM * newest <= limit * (1 + 1e-12) and limit <= 1.5 * HEADROOM * newest * (1 + 1e-12)
    assert step_limit(newest * 1.15, limit) == limit
    assert step_limit(limit, limit) > limit       # grows before the data reach the edge


def test_value_range_holds_while_data_fit_and_refits_when_they_leave_or_shrink():
    first = value_range(None, 0.2, 1.2)
    assert first == pytest.approx((0.2 - PADDING, 1.2 + PADDING))
    assert value_range(first, 0.3, 1.0) == first              # inside and filling most of it
    assert value_range(first, 0.1, 1.0)[0] < 0.1              # fell below: refit
    assert value_range(first, 0.5, 0.6) == pytest.approx((0.5 - 0.1 * PADDING, 0.6 + 0.1 * PADDING))


def growing_run(n):
    steps = unit_steps(n)
    steps["loss"] = 1.0 / (1.0 + np.arange(n) / 50.0)
    return steps


def view_ranges(plot_item):
    (x0, x1), (y0, y1) = plot_item.vb.viewRange()
    return x0, x1, y0, y1


def test_loss_view_shows_everything_and_moves_rarely_as_the_run_grows(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    ranges = []
    for n in range(20, 3000, 20):
        steps = growing_run(n)
        plot.update_data(steps, {})
        x0, x1, y0, y1 = view_ranges(plot.loss_plot)
        assert x0 <= 0 and x1 >= EDGE_ROOM * n    # every step visible, the newest clear of the edge
        assert y0 <= steps["loss"].min() and y1 >= steps["loss"].max()
        ranges.append((x0, x1, y0, y1))
    x_changes = sum(a[:2] != b[:2] for a, b in zip(ranges, ranges[1:]))
    changes = sum(a != b for a, b in zip(ranges, ranges[1:]))
    # Auto-range would move the axes on all 148 frames.  Each jump of the step axis grows it
    # by at least HEADROOM / EDGE_ROOM, which bounds the jumps from 20 to 3000 steps.
    assert x_changes <= math.log(3000 / 20) / math.log(HEADROOM / EDGE_ROOM) + 1, x_changes
    assert changes <= len(ranges) // 4, changes


def test_axis_pictures_survive_a_frame_that_stays_in_range(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.update_data(growing_run(500), {})
    plot.loss_view.grab()                                  # paints: axis pictures generated
    axes = [plot.loss_plot.getAxis(name) for name in ("bottom", "left")]
    assert all(axis.picture is not None for axis in axes)
    plot.update_data(growing_run(520), {})
    assert all(axis.picture is not None for axis in axes)  # no range change: nothing to redraw
    assert all(axis.cacheMode() == QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
               for axis in axes)


def wheel_zoom(view):
    centre = QtCore.QPointF(view.viewport().rect().center())
    event = QtGui.QWheelEvent(centre, view.viewport().mapToGlobal(centre), QtCore.QPoint(),
                              QtCore.QPoint(0, 120), QtCore.Qt.MouseButton.NoButton,
                              QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase,
                              False)
    QtWidgets.QApplication.sendEvent(view.viewport(), event)


def test_user_zoom_holds_the_view_until_auto_range_hands_it_back(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.update_data(growing_run(200), {})
    following = view_ranges(plot.loss_plot)
    wheel_zoom(plot.loss_view)
    zoomed = view_ranges(plot.loss_plot)
    assert zoomed[1] - zoomed[0] < following[1] - following[0]      # zoomed in
    plot.update_data(growing_run(2000), {})
    assert view_ranges(plot.loss_plot) == pytest.approx(zoomed)   # the user's view stays

    plot.loss_plot.autoBtnClicked()                # the "A" button
    x0, x1, _, _ = view_ranges(plot.loss_plot)
    assert x0 <= 0 and x1 >= HEADROOM * 2000
    assert not any(plot.loss_plot.vb.state["autoRange"])   # followed by us, not refit per frame


def test_heatmap_step_axis_grows_ahead_of_the_run(qtbot):
    heatmap = make_heatmap(qtbot, unit_steps(100))
    x0, x1, y0, y1 = view_ranges(heatmap.plot)
    assert x0 == -0.5 and x1 == step_limit(99.5, None)   # steps 0..99, each centred on its number
    assert (y0, y1) == (0, N_LAYERS)
    heatmap.update_data(unit_steps(110))
    assert view_ranges(heatmap.plot)[1] == x1


def test_linked_step_axes_grow_with_each_plots_own_frame_and_end_alike_at_rest(qtbot):
    heatmap = make_heatmap(qtbot, unit_steps(10))
    loss = LossPlot()
    qtbot.addWidget(loss)
    loss.update_data(unit_steps(10), {})
    StepAxisLink([heatmap, loss], parent=heatmap)
    first = view_ranges(loss.plot)[:2]
    heatmap.update_data(unit_steps(100))                 # a live run grows: the heatmap's turn...
    grown = view_ranges(heatmap.plot)[:2]
    assert grown[1] == step_limit(99.5, None) > first[1]
    assert view_ranges(loss.plot)[:2] == first           # ...the loss plot is not redrawn for it now
    loss.update_data(unit_steps(99), {})                 # its own frame (a step behind): it takes the growth
    assert view_ranges(loss.plot)[:2] == grown
    heatmap.update_data(unit_steps(120), growing=False)  # at rest: both end at the newest step at once
    assert view_ranges(heatmap.plot)[:2] == view_ranges(loss.plot)[:2] == (-0.5, 119.5)


def test_epoch_dots_only_while_there_are_few_epochs(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.update_data(unit_steps(20), epoch_snapshot(3, 5))
    assert plot.val_curve.opts["symbol"] == "o"
    plot.update_data(unit_steps(20), epoch_snapshot(MAX_EPOCH_SYMBOLS + 1, 5))
    assert plot.val_curve.opts["symbol"] is None and plot.train_acc_curve.opts["symbol"] is None
    np.testing.assert_allclose(plot.val_curve.getOriginalDataset()[1],
                               epoch_snapshot(MAX_EPOCH_SYMBOLS + 1, 5)["val_loss"])


def test_bars_axis_label_fits_a_narrow_dock(qtbot):
    bars = LayerBars()
    qtbot.addWidget(bars)
    bars.set_layers(NAMES)
    bars.resize(360, 300)
    bars.show()
    qtbot.waitExposed(bars)
    label = bars.plot.getAxis("bottom").label
    rect = label.mapRectToScene(label.boundingRect())
    assert rect.left() >= 0 and rect.right() <= bars.view.width()


@pytest.mark.parametrize("width", [260, 360, 900])
def test_bars_value_labels_never_run_together(qtbot, width):
    bars = LayerBars()
    qtbot.addWidget(bars)
    bars.set_layers(NAMES)
    bars.resize(width, 300)
    bars.show()
    qtbot.waitUntil(lambda: bars.plot.vb.width() > width / 2)     # laid out at this width
    axis = bars.plot.getAxis("bottom")
    labelled = axis._tickLevels[0]
    metrics = QtGui.QFontMetricsF(axis.font())
    centres = [bars.plot.vb.mapViewToScene(QtCore.QPointF(value, 0)).x() for value, _ in labelled]
    half_widths = [metrics.horizontalAdvance(label) / 2 for _, label in labelled]
    assert len(labelled) >= 2
    for i in range(len(labelled) - 1):     # centred labels: neighbours' halves must fit between centres
        assert centres[i + 1] - centres[i] > half_widths[i] + half_widths[i + 1], labelled
    if width == 900:
        assert len(labelled) == len(axis._tickLevels[1])                 # room for every power of ten


@pytest.mark.parametrize("height", [150, 700])
def test_bars_layer_names_never_run_together_and_the_output_is_always_named(qtbot, height):
    names = [f"dense{i} · tanh" for i in range(1, 17)] + ["output"]
    bars = LayerBars()
    qtbot.addWidget(bars)
    bars.set_layers(names)
    bars.resize(360, height)
    bars.show()
    qtbot.waitUntil(lambda: bars.plot.vb.height() > height / 3)    # laid out at this height
    axis = bars.plot.getAxis("left")
    [named] = axis._tickLevels
    line = QtGui.QFontMetricsF(axis.font()).height()
    rows = [bars.plot.vb.mapViewToScene(QtCore.QPointF(0, position)).y() for position, _ in named]
    assert named[-1] == (16.0, "output")
    assert all(abs(a - b) >= line for a, b in zip(rows, rows[1:])), named
    if height == 700:
        assert [name for _, name in named] == names                  # room for every name


# ---------------------------------------------------------------- long runs, merged bins, step axis


def run_from_one(n):
    """Steps 1..n at full resolution, as a real run records them."""
    return vanishing_snapshot(np.arange(1, n + 1), np.ones(n))


def with_merged_stretch():
    """Steps 1..4 kept, 5..12 merged into two bins of 4, then 13..14: with loss min/max."""
    snap = vanishing_snapshot([1, 2, 3, 4, 5, 9, 13, 14], [1, 1, 1, 1, 4, 4, 1, 1])
    snap["loss"] = np.array([2.0, 1.9, 1.8, 1.7, 1.5, 1.2, 1.0, 0.9])
    snap["loss.min"] = np.array([2.0, 1.9, 1.8, 1.7, 1.1, 0.8, 1.0, 0.9])
    snap["loss.max"] = np.array([2.0, 1.9, 1.8, 1.7, 1.9, 1.6, 1.0, 0.9])
    return snap


def test_merged_bins_are_drawn_as_a_lowest_highest_band_and_the_legend_says_so(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.update_data(run_from_one(20), {})
    assert len(plot.band_low.getData()[0] or ()) == 0
    assert "merged" not in plot.legend.text()

    plot.update_data(with_merged_stretch(), {})
    # Bins 5..8 and 9..12 are centred on steps 6.5 and 10.5.
    np.testing.assert_allclose(plot.band_low.getData()[0], [6.5, 10.5])
    np.testing.assert_allclose(plot.band_low.getData()[1], [1.1, 0.8])
    np.testing.assert_allclose(plot.band_high.getData()[1], [1.9, 1.6])
    assert "merged steps: lowest–highest batch" in plot.legend.text()
    # The fill runs between the two edges: at step 8.5 from 0.95 to 1.75.
    band = plot.band.path()
    assert band.contains(QtCore.QPointF(8.5, 1.35)) and not band.contains(QtCore.QPointF(8.5, 1.8))
    assert not band.contains(QtCore.QPointF(8.5, 0.9))
    # On the log axis it follows the edges' mapped values.
    plot.log_y_toggle.setChecked(True)
    outline = plot.band.path().boundingRect()
    np.testing.assert_allclose([outline.top(), outline.bottom()], np.log10([0.8, 1.9]))
    plot.log_y_toggle.setChecked(False)
    # The value axis holds the band, not only the means.
    _, _, y0, y1 = view_ranges(plot.loss_plot)
    assert y0 <= 0.8 and y1 >= 2.0

    plot.clear()
    assert "merged" not in plot.legend.text()


def test_loss_axis_turns_log_past_three_decades_unless_the_user_chose(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    steps = run_from_one(50)
    steps["loss"] = np.geomspace(10.0, 0.02, 50)          # 2.7 decades: stays linear
    plot.update_data(steps, {})
    assert not plot.log_y_toggle.isChecked()
    steps["loss"] = np.geomspace(10.0, 0.009, 50)         # 3.05 decades: log
    plot.update_data(steps, {})
    assert plot.log_y_toggle.isChecked() and plot.loss_plot.ctrl.logYCheck.isChecked()

    plot.show()
    qtbot.mouseClick(plot.log_y_toggle, QtCore.Qt.MouseButton.LeftButton)   # the user says linear
    plot.update_data(steps, {})
    assert not plot.log_y_toggle.isChecked()


def test_live_changes_of_lr_and_clip_are_marked_on_the_loss_plot(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.update_data(run_from_one(400), {})
    plot.set_changes([(120, "lr", 0.01), (300, "clip", 0.5)])
    assert [m.value() for m in plot.change_marks] == [120, 300]
    assert [m.label.toPlainText() for m in plot.change_marks] == ["lr → 0.01", "clip → 0.5"]
    plot.set_log_x(True)
    np.testing.assert_allclose([m.value() for m in plot.change_marks], np.log10([120, 300]))
    plot.clear()
    assert plot.change_marks == []


def test_step_axis_ends_at_the_newest_step_or_the_run_length(qtbot):
    plot = LossPlot()
    heatmap = make_heatmap(qtbot, run_from_one(100))
    qtbot.addWidget(plot)
    for widget, update in ((plot, lambda **kw: plot.update_data(run_from_one(100), {}, **kw)),
                           (heatmap, lambda **kw: heatmap.update_data(run_from_one(100), **kw))):
        update(run_length=110, growing=True)    # step_limit would put the edge at 150: capped
        assert widget.plot.vb.viewRange()[0] == pytest.approx([0.5, 110.5])
        update(run_length=20000, growing=False)  # paused, stopped or finished: the last step
        assert widget.plot.vb.viewRange()[0] == pytest.approx([0.5, 100.5])


@pytest.mark.parametrize("log", [False, True])
def test_step_ticks_are_whole_steps(qtbot, log):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.set_log_x(log)
    plot.update_data(run_from_one(3), {}, run_length=20000, growing=False)   # three F10 steps
    axis = plot.loss_plot.getAxis("bottom")
    lo, hi = plot.loss_plot.vb.viewRange()[0]
    values = [v for _, level in axis.tickValues(lo, hi, 400) for v in level]
    steps = 10.0 ** np.array(values) if log else np.array(values)
    assert len(steps) and np.allclose(steps, np.round(steps))
    assert set(np.round(steps)) == {1.0, 2.0, 3.0}
    assert axis.tickStrings(values, 1.0, 1.0) == [str(int(round(s))) for s in steps]


def test_heatmap_readout_names_layer_step_and_value(qtbot):
    steps = with_merged_stretch()
    heatmap = make_heatmap(qtbot, steps)
    heatmap.resize(600, 400)
    heatmap.show()
    qtbot.waitExposed(heatmap)

    def move_to(step, layer):
        scene = heatmap.plot.vb.mapViewToScene(QtCore.QPointF(step, layer + 0.5))
        qtbot.mouseMove(heatmap.view.viewport(), heatmap.view.mapFromScene(scene))

    move_to(13.2, 2)
    expected = f"{NAMES[2]} · step 13: ‖dL/dh‖ {steps['L2.grad_h'][6]:.3g}"
    qtbot.waitUntil(lambda: heatmap.readout.text() == expected)
    move_to(10.0, 0)   # inside the bin of steps 9..12
    expected = f"{NAMES[0]} · steps 9–12 (mean of 4): ‖dL/dh‖ {steps['L0.grad_h'][5]:.2e}"
    qtbot.waitUntil(lambda: heatmap.readout.text() == expected)


def test_heatmap_log_steps_give_the_first_steps_their_own_columns(qtbot):
    steps = run_from_one(1000)
    heatmap = make_heatmap(qtbot, steps)
    heatmap.set_log_x(True)
    rect = heatmap.image.mapRectToView(heatmap.image.boundingRect())
    assert (rect.left(), rect.right()) == pytest.approx((math.log10(0.5), math.log10(1000.5)))
    assert heatmap.image.image.shape == (N_LAYERS, MAX_COLUMNS)
    # Each column spans 1/1000 of the 3.3 decades: a tenth of a step at step 10, so early steps
    # keep columns of their own (on a linear axis a 20,000-step run puts 20 steps in a column).
    for step in (1, 2, 3, 10):
        p = heatmap.image.mapFromView(QtCore.QPointF(math.log10(step), 1.5))
        assert heatmap.image.image[1, int(p.x())] == pytest.approx(math.log10(steps["L1.grad_h"][step - 1]))


@pytest.mark.parametrize("metric, levels, healthy", [
    ("saturated", (0.0, 1.0), "under 20%"), ("dead", (0.0, 1.0), "under 30%"),
    ("act_std", (-3.0, 3.0), "0.1 to 10"), ("update_ratio", (-8.0, 0.0), "1e-4 to 1e-2")])
def test_heatmap_offers_the_cause_metrics_on_fixed_scales(qtbot, metric, levels, healthy):
    steps = unit_steps(8)
    steps["L1.saturated"][:] = 0.92
    steps["L1.dead"][:] = 0.4
    steps["L1.act_std"][:] = 0.01
    steps["L1.update_ratio"][:] = 1e-3
    heatmap = make_heatmap(qtbot, steps)
    shown = []
    heatmap.metric_changed.connect(shown.append)
    heatmap.show()
    index = heatmap.metric_combo.findData(metric)
    heatmap.metric_combo.setFocus()
    while heatmap.metric_combo.currentIndex() != index:   # as a person would: arrow keys
        qtbot.keyClick(heatmap.metric_combo, QtCore.Qt.Key.Key_Down)
    assert shown[-1] == metric
    np.testing.assert_array_equal(heatmap.image.getLevels(), levels)
    assert tuple(heatmap.color_bar.levels()) == levels
    expected = {"saturated": 0.92, "dead": 0.4, "act_std": -2.0, "update_ratio": -3.0}[metric]
    assert pixel_at(heatmap.image, 4, 1) == pytest.approx(expected)
    assert healthy in heatmap.metric_combo.itemData(index, QtCore.Qt.ItemDataRole.ToolTipRole)
    assert healthy in heatmap.view.toolTip()


def test_the_loss_plot_draws_the_accuracy_plot_in_a_part_of_its_own_and_only_after_new_epochs(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    frame = SimpleNamespace(steps=unit_steps(20), epochs=epoch_snapshot(3, 5), total_steps=None,
                            status="running", changes=())
    parts = plot.frame_parts(frame)
    # The loss part: loss and validation curves, and only the loss plot drawn in its pass (the
    # x-linked accuracy plot, whose step axis may have moved with it, is drawn with the next part).
    assert next(parts) is plot.loss_view
    assert len(plot.raw_curve.getOriginalDataset()[0]) == 20
    np.testing.assert_allclose(plot.val_curve.getOriginalDataset()[1], frame.epochs["val_loss"])
    assert plot.train_acc_curve.getOriginalDataset()[0] is None
    assert next(parts, "done") == "done"                 # the accuracy part ends the view
    np.testing.assert_allclose(plot.train_acc_curve.getOriginalDataset()[1], frame.epochs["train_acc"])
    # The same epochs again: the second part sets no accuracy data.
    plot.train_acc_curve.setData([], [])
    assert list(plot.frame_parts(frame)) == [plot.loss_view]
    assert plot.train_acc_curve.getOriginalDataset()[0] is None
    # A round cut short after the loss part: the next frame with those epochs still draws accuracy.
    newer = SimpleNamespace(**{**vars(frame), "epochs": epoch_snapshot(4, 5)})
    next(plot.frame_parts(newer))
    assert list(plot.frame_parts(newer)) == [plot.loss_view]          # both parts again
    assert len(plot.train_acc_curve.getOriginalDataset()[1]) == 4


@pytest.mark.parametrize("width", [90, 140, 400])
def test_step_labels_keep_apart_in_a_narrow_plot(qtbot, width):
    """Compare's heatmaps are narrow: pyqtgraph spaced ticks by the axis' length alone, so the
    labels of steps 0-200 ran together ("50100150")."""
    widget = pg.PlotWidget(axisItems={"bottom": StepAxis()})
    qtbot.addWidget(widget)
    widget.resize(width, 120)
    widget.show()
    widget.getPlotItem().vb.setRange(xRange=(-0.5, 200.5), padding=0)
    qtbot.waitExposed(widget)
    axis = widget.getPlotItem().getAxis("bottom")
    image = QtGui.QImage(8, 8, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    rects = sorted((rect for rect, _, _ in texts), key=lambda r: r.left())
    assert all(a.right() + 1 < b.left() for a, b in zip(rects, rects[1:]))
    if width >= 140:
        assert texts                                  # room for labels: some are drawn


def test_a_round_tick_spacing_steps_through_one_two_five():
    assert [next_round_spacing(s) for s in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 25.0)] == [2.0, 5.0, 10.0, 20.0, 50.0,
                                                                                        100.0, 50.0]
