"""What the network diagram paints, pixel by pixel, against colours and places worked out by hand from
the picture's numbers: residual skip arcs, bias dots, and the forward mode's colours (an edge's hue is
its weight's sign, a neuron's colour its mean activation)."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from panel_helpers import shown

from engine.spec import DataSpec, DenseSpec, Experiment, ResidualSpec
from engine.trainer import Trainer
from workbench.plots.network_diagram import FORWARD, MARGIN_TOP, NetworkView
from workbench.plots.style import background_color, foreground_color
from workbench.presets import DEFAULT_PRESET, load_preset
from workbench.training_process import PICTURE_PAINTERS

BLUE, ORANGE = np.array([43, 123, 186]), np.array([230, 134, 28])    # positive, negative (the view's legend)


def picture_after(trainer: Trainer, steps: int):
    if steps:
        trainer.run(max_steps=steps)
    return PICTURE_PAINTERS["network"](trainer)(trainer)


@pytest.fixture
def view(qtbot):
    return shown(qtbot, NetworkView(), 800, 600)


def draw(view: NetworkView, picture) -> np.ndarray:
    """The diagram as an (height, width, 3) array of what is on screen."""
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": picture}))
    image = view.diagram.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :3 * image.width()].reshape(image.height(), image.width(), 3).astype(int)


def rgb(color) -> np.ndarray:
    return np.array(color.getRgb()[:3])


def at(pixels: np.ndarray, point) -> np.ndarray:
    """The pixel whose square holds ``point`` (a QPointF)."""
    return pixels[int(np.floor(point.y())), int(np.floor(point.x()))]


def faded(value: float, scale: float, background: np.ndarray) -> np.ndarray:
    """By hand: blue (positive) or orange (negative) at |value| = scale, the background at 0."""
    t = min(abs(value) / scale, 1.0)
    return np.rint(background + ((BLUE if value >= 0 else ORANGE) - background) * t)


# ----------------------------------------------------------------------------- skip arcs

def test_every_residual_block_draws_a_dashed_arc_over_the_columns_it_skips(qtbot, view):
    exp = load_preset("residual")
    picture = picture_after(Trainer(exp), 1)
    blocks = sum(isinstance(layer, ResidualSpec) for layer in exp.layers)
    # each block wraps one dense layer, so block i joins column i (its input) to column i + 1
    assert all(len(layer.layers) == 1 for layer in exp.layers if isinstance(layer, ResidualSpec))
    assert picture.skips == [(i, i + 1) for i in range(blocks)] and blocks == 6

    def darkest_at_apexes(pixels, pairs):
        """For each pair of columns, the most foreground-like pixel near the top of an arc between
        them: a cubic from (x0, top) through (x0, c) and (x1, c) to (x1, top) peaks at its middle,
        x = (x0 + x1) / 2, y = top / 4 + 3c / 4 (the dashes leave gaps, so look a few pixels either side)."""
        diagram, size = view.diagram, view.diagram.node_size
        result = []
        for start, end in pairs:
            a, b = diagram.node_centre(start, 0), diagram.node_centre(end, 0)
            top = min(a.y(), b.y()) - size / 2 - 4
            x, y = round((a.x() + b.x()) / 2), round(top / 4 + 3 * (MARGIN_TOP - 20) / 4)
            patch = pixels[y - 1:y + 2, x - 8:x + 9].reshape(-1, 3).astype(float)
            distance_to_fg = np.abs(patch - rgb(foreground_color(diagram))).sum(axis=1)
            result.append(patch[np.argmin(distance_to_fg)])
        return result

    background, foreground = rgb(background_color(view.diagram)), rgb(foreground_color(view.diagram))
    pairs = picture.skips + [(6, 7)]          # dense12 -> output is no skip: no arc there
    with_arcs = darkest_at_apexes(draw(view, picture), pairs)
    for pixel in with_arcs[:-1]:              # at least halfway from the background to the pen's colour
        assert np.abs(pixel - background).sum() > np.abs(foreground - background).sum() / 2
    assert (with_arcs[-1] == background).all()
    without = darkest_at_apexes(draw(view, dataclasses.replace(picture, skips=[])), pairs)
    assert all((pixel == background).all() for pixel in without)


# ----------------------------------------------------------------------------- bias dots

def test_bias_dots_show_each_bias_forward_and_its_gradient_backward(qtbot, view):
    picture = picture_after(Trainer(load_preset("residual")), 5)
    background = rgb(background_color(view.diagram))
    lut = pg.colormap.get("inferno").getLookupTable(0.0, 1.0, 256, alpha=False)

    pixels = draw(view, picture)              # backward, the default
    diagram = view.diagram
    half = diagram.node_size / 2
    for c, column in enumerate(picture.columns[1:], start=1):
        for u in range(len(column.shown)):
            dot = diagram.node_centre(c, u) - QPointF(half, half)   # the node's top left
            # by hand: log10 |dL/db| placed on the heatmap's 1e-8 .. 1e2 scale, then the colour map
            position = np.clip((np.log10(abs(float(column.bias_grad[u]))) + 8) / 10, 0, 1)
            assert (at(pixels, dot) == lut[int(round(position * 255))]).all(), (column.label, u)

    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    assert diagram.mode == FORWARD
    pixels = draw(view, picture)
    for c, column in enumerate(picture.columns[1:], start=1):
        biggest = float(np.max(np.abs(column.bias)))
        assert biggest > 0
        for u in range(len(column.shown)):
            dot = diagram.node_centre(c, u) - QPointF(half, half)
            assert np.abs(at(pixels, dot) - faded(float(column.bias[u]), biggest, background)).max() <= 1, \
                (column.label, u)


# ----------------------------------------------------------------------------- forward colours

@pytest.fixture
def chain():
    """1 input -> 2 tanh units -> 1 output: no two edges cross, so each edge's middle is its own."""
    trainer = Trainer(Experiment(data=DataSpec(name="sine", n_samples=80), loss="mse", epochs=None, steps=10,
                                 layers=(DenseSpec(2, "tanh"),), batch_size=16))
    hidden, output = trainer.net.layers[0], trainer.net.layers[-1]
    hidden.W[...] = [[0.8, -1.0]]             # one positive, one negative, both wide (|w| / max >= 0.8)
    hidden.b[...] = [0.5, -0.25]
    output.W[...] = [[-0.9], [1.1]]
    return trainer


def test_forward_edges_take_their_weights_sign_and_neurons_their_mean_activation(qtbot, view, chain):
    picture = picture_after(chain, 0)
    assert [len(column.shown) for column in picture.columns] == [1, 2, 1]
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    pixels = draw(view, picture)
    diagram, background = view.diagram, rgb(background_color(view.diagram))
    half = diagram.node_size / 2

    weights = {1: np.array([[0.8, -1.0]]), 2: np.array([[-0.9], [1.1]])}
    for c, expected_weights in weights.items():
        column = picture.columns[c]
        np.testing.assert_allclose(column.weights, expected_weights, rtol=1e-6)    # unit order: shown == 0, 1
        biggest = np.abs(expected_weights).max()
        for k in range(expected_weights.shape[0]):
            for j in range(expected_weights.shape[1]):
                w = expected_weights[k, j]
                start = diagram.node_centre(c - 1, k) + QPointF(half, 0)
                end = diagram.node_centre(c, j) - QPointF(half, 0)
                middle = (start + end) / 2
                # by hand: the sign's hue, 35% of the way there plus 65% by |w| relative to the column's largest
                expected = faded(np.sign(w) * (0.35 + 0.65 * abs(w) / biggest), 1.0, background)
                assert np.abs(at(pixels, middle) - expected).max() <= 1, (c, k, j, w)

    # Neurons: the batch's mean activation, by hand from the batch the picture took apart.
    batch = chain.upcoming_batch()
    x = chain.x_train[batch].astype(np.float64)
    hidden = np.tanh(x @ np.array([[0.8, -1.0]]) + [0.5, -0.25])
    means = {0: x.mean(axis=0), 1: hidden.mean(axis=0)}
    for c, mean in means.items():
        np.testing.assert_allclose(picture.columns[c].mean_a, mean, rtol=1e-5, atol=1e-6)
        biggest = np.abs(mean).max()
        for u in range(len(mean)):
            inside = diagram.node_centre(c, u) + QPointF(half / 2, 0)  # off the bias dot
            assert np.abs(at(pixels, inside) - faded(float(mean[u]), biggest, background)).max() <= 1, (c, u)


# ----------------------------------------------------------------------------- big diagrams

def test_a_big_diagram_is_drawn_in_slices_between_events_and_ends_as_one_drawn_at_once(qtbot, view, monkeypatch):
    import workbench.plots.network_diagram as network_diagram

    deep = load_preset("tanh_xavier").replace(layers=(DenseSpec(16, "tanh"),) * 20)
    picture = picture_after(Trainer(deep), 1)
    assert sum(column.weights.size for column in picture.columns[1:]) > network_diagram.ANTIALIASED_EDGES_MAX

    monkeypatch.setattr(network_diagram, "DRAW_SLICE_S", 1e9)     # whole, in one pass
    whole = draw(view, picture)
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": None}))
    monkeypatch.setattr(network_diagram, "DRAW_SLICE_S", 0.0)     # one step per event-loop pass
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": picture}))
    view.diagram.repaint()
    assert view.diagram._drawing is not None                      # begun, not finished: the loop runs on
    qtbot.waitUntil(lambda: view.diagram._drawing is None)
    np.testing.assert_array_equal(draw(view, picture), whole)


def test_a_picture_that_arrives_while_a_big_one_is_drawn_replaces_it_cleanly(qtbot, view, monkeypatch):
    import workbench.plots.network_diagram as network_diagram

    deep = picture_after(Trainer(load_preset("tanh_xavier").replace(layers=(DenseSpec(16, "tanh"),) * 20)), 1)
    small_exp = load_preset("tanh_xavier").replace(layers=(DenseSpec(3, "tanh"),))
    small = picture_after(Trainer(small_exp), 1)
    whole_small = draw(view, small)
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": None}))
    monkeypatch.setattr(network_diagram, "DRAW_SLICE_S", 0.0)
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": deep}))
    view.diagram.repaint()
    assert view.diagram._drawing is not None          # the deep one is half drawn ...
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": small}))   # ... when a 3-column picture comes
    qtbot.waitUntil(lambda: view.diagram._drawing is None)
    np.testing.assert_array_equal(draw(view, small), whole_small)


def test_a_live_diagram_of_a_small_net_is_drawn_in_slices_too_and_ends_as_one_drawn_at_once(qtbot, view, monkeypatch):
    import workbench.plots.network_diagram as network_diagram

    picture = picture_after(Trainer(load_preset(DEFAULT_PRESET)), 1)
    assert sum(column.weights.size for column in picture.columns[1:]) <= network_diagram.ANTIALIASED_EDGES_MAX
    whole = draw(view, picture)                                   # at rest: whole, at once
    assert view.diagram._drawing is None
    view.show_frame(SimpleNamespace(status="paused", pictures={"network": None}))
    monkeypatch.setattr(network_diagram, "DRAW_SLICE_S", 0.0)     # one step per event-loop pass
    view.show_frame(SimpleNamespace(status="running", pictures={"network": picture}))
    view.diagram.repaint()
    assert view.diagram._drawing is not None                      # begun, not finished
    qtbot.waitUntil(lambda: view.diagram._drawing is None)
    image = view.diagram.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    np.testing.assert_array_equal(rows[:, :3 * image.width()].reshape(image.height(), image.width(), 3), whole)
