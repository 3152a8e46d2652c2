"""The Fit and Distributions docks draw the training process's pictures, built here from bare
trainers; the window shows them live."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import Qt

from engine.distributions import BASIS_POINTS, KINDS, DistributionPainter, quantile_column
from engine.fit import FitPainter, FitPicture, curve_labels
from engine.trainer import Trainer
from workbench.plots.distributions import DistributionsView
from workbench.plots.fit_view import FitView
from workbench.plots.style import band_path
from workbench.presets import load_preset


def frame_with(**pictures):
    return SimpleNamespace(pictures=pictures, picture_names=frozenset(pictures))


def test_fit_view_draws_the_points_the_curve_and_each_parameter(qtbot):
    trainer = Trainer(load_preset("single_neuron"))
    painter = FitPainter(trainer)
    trainer.run(max_steps=25)
    picture = painter(trainer)
    view = FitView()
    qtbot.addWidget(view)
    view.show_frame(frame_with(fit=picture))
    assert view.currentIndex() == 0
    x, y = view.points.getData()
    np.testing.assert_array_equal(x, picture.x_data)
    np.testing.assert_array_equal(y, picture.y_data)                    # classes drawn at 0 and 1
    (curve,) = view.curves
    assert curve.name() == "P(class 1)"
    np.testing.assert_array_equal(curve.getData()[1], picture.outputs[:, 0])
    assert list(view.parameter_curves) == ["output.W", "output.b"]
    steps, w = view.parameter_curves["output.W"].getData()
    np.testing.assert_array_equal(steps, [0, 1, 11, 21])
    np.testing.assert_array_equal(w, picture.parameters["output.W"])
    assert not view.parameter_view.isHidden()


def test_fit_view_explains_why_it_is_empty_for_2d_data_and_hides_parameters_of_big_nets(qtbot):
    view = FitView()
    qtbot.addWidget(view)
    view.show_frame(frame_with())
    assert view.currentIndex() == 1 and "one input feature" in view.reason.text()
    big = Trainer(load_preset("single_neuron").replace(
        layers=(load_preset("relu_he").layers[0],)))                     # 1-32-1: 97 parameters
    view.show_frame(frame_with(fit=FitPainter(big)(big)))
    assert view.currentIndex() == 0 and view.parameter_view.isHidden()


def distributions_after(qtbot, rounds: int):
    """A trainer, its distributions picture after ``rounds`` of 5 steps (one sample each), and a bare view."""
    trainer = Trainer(load_preset("vanishing_sigmoid"))
    painter = DistributionPainter(trainer)
    for _ in range(rounds):
        trainer.run(max_steps=5)
        picture = painter(trainer)
    view = DistributionsView()
    qtbot.addWidget(view)
    return trainer, picture, view


def test_distributions_view_shows_the_chosen_layers_bands_and_histograms(qtbot):
    trainer, picture, view = distributions_after(qtbot, rounds=3)
    view.show()
    view.show_frame(frame_with(distributions=picture))
    assert [view.layer_box.itemText(i) for i in range(view.layer_box.count())] == list(trainer.layer_names)
    view.layer_box.setFocus()
    qtbot.keyClick(view.layer_box, Qt.Key.Key_Down)                     # a person picks dense2
    assert view.layer == 1
    for row in view.rows:
        steps, median = row.median.getData()
        np.testing.assert_array_equal(steps, [5, 10, 15])
        np.testing.assert_array_equal(median, picture.quantiles[quantile_column(1, row.kind, 5000)])
        lowest = picture.quantiles[quantile_column(1, row.kind, BASIS_POINTS[0])]
        highest = picture.quantiles[quantile_column(1, row.kind, BASIS_POINTS[-1])]
        outer = row.bands[0].path().boundingRect()                        # the min-max band
        assert (outer.left(), outer.right()) == (5, 15)
        assert outer.top() == float(lowest.min()) and outer.bottom() == float(highest.max())
        edges, counts = row.histogram.getData()
        expected_counts, expected_edges = picture.histograms[1][KINDS.index(row.kind)]
        np.testing.assert_array_equal(counts, expected_counts)
        np.testing.assert_array_equal(edges, expected_edges)


def test_distributions_view_draws_its_three_rows_in_parts_and_redraws_a_picture_cut_short(qtbot):
    _, picture, view = distributions_after(qtbot, rounds=1)
    parts = view.frame_parts(frame_with(distributions=picture))
    next(parts)                                              # the first row only
    drawn = [row.median.getData()[0] is not None for row in view.rows]
    assert drawn == [True, False, False]
    # A round cut short there: the same picture is drawn again, whole, in three parts.
    assert len(list(view.frame_parts(frame_with(distributions=picture)))) == 2
    assert all(row.median.getData()[0] is not None for row in view.rows)
    assert list(view.frame_parts(frame_with(distributions=picture))) == []   # drawn whole: nothing to do


def test_single_neuron_window_shows_the_fit_in_front_and_distributions_live(qtbot, make_main_window):
    window = make_main_window(load_preset("single_neuron"))
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.fit_view.shown_picture is not None and window.fit_view.shown_picture.step == 1,
                    timeout=10000)
    assert not window.fit_view.visibleRegion().isEmpty()               # in front of the empty boundary tab
    window.distributions_dock.raise_()      # behind the loss tab it skips frames; its tab chosen, it catches up
    qtbot.waitUntil(lambda: window.distributions.shown_picture is not None
                    and window.distributions.shown_picture.step == 1, timeout=10000)


def test_fit_view_with_three_classes_draws_a_curve_per_class_and_the_points_at_probability_1(qtbot):
    xs = np.linspace(-1, 1, 5)
    outputs = np.column_stack([xs * 0 + 0.2, xs * 0 + 0.3, xs * 0 + 0.5])
    picture = FitPicture(xs, outputs, curve_labels(True, 3), np.array([-0.5, 0.0, 0.5]), np.array([2, 0, 1]),
                         True, 7)
    view = FitView()
    qtbot.addWidget(view)
    view.show_frame(frame_with(fit=picture))
    assert [curve.name() for curve in view.curves] == ["P(class 0)", "P(class 1)", "P(class 2)"]
    np.testing.assert_array_equal(view.curves[2].getData()[1], outputs[:, 2])
    np.testing.assert_array_equal(view.points.getData()[1], [1.0, 1.0, 1.0])
    assert view.parameter_view.isHidden()


def test_band_path_is_the_polygon_between_two_curves_without_nan_steps():
    path = band_path(np.array([0.0, 1.0, 2.0]), np.array([0.0, np.nan, 1.0]), np.array([2.0, 3.0, 4.0]))
    points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    assert points[:4] == [(0.0, 2.0), (2.0, 4.0), (2.0, 1.0), (0.0, 0.0)]    # upper forward, lower back
    assert band_path(np.zeros(1), np.full(1, np.nan), np.zeros(1)).isEmpty()
