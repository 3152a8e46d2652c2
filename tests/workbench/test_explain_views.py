"""The network diagram and the chain-rule ledger, driven from a bare NetworkPicture (engine.explain),
and both live in the window while stepping."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from panel_helpers import shown

from engine.explain import Explainer, network_picture, worked_example
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec
from engine.trainer import Trainer
from workbench.plots.chain_ledger import FACTOR_ROLE, ChainRuleLedger
from workbench.plots.network_diagram import BACKWARD, DEAD_COLOR, NetworkView
from workbench.plots.style import number_text
from workbench.presets import load_preset
from workbench.training_process import NETWORK_PLANE_RESOLUTION, PICTURE_PAINTERS


def picture_of(exp: Experiment, steps: int = 0):
    trainer = Trainer(exp)
    if steps:
        trainer.run(max_steps=steps)
    return PICTURE_PAINTERS["network"](trainer)(trainer)


def frame_of(picture) -> SimpleNamespace:
    return SimpleNamespace(status="paused", pictures={"network": picture})


@pytest.fixture
def network_view(qtbot):
    return shown(qtbot, NetworkView(), 700, 600)


def centre(view: NetworkView, column: int, unit: int) -> QPoint:
    return view.diagram.node_centre(column, unit).toPoint()


def test_hovering_a_neuron_shows_its_numbers(qtbot, network_view):
    picture = picture_of(load_preset("vanishing_sigmoid"), steps=3)
    network_view.show_frame(frame_of(picture))
    column = picture.columns[2]
    qtbot.mouseMove(network_view.diagram, centre(network_view, 2, 5))
    qtbot.waitUntil(lambda: "unit" in network_view.details.toPlainText())
    text = network_view.details.toPlainText()
    unit = int(column.shown[5]) + 1
    assert f"{column.label}, unit {unit}" in text
    for key in ("z", "a", "dL_da", "slope", "dL_dz"):
        assert number_text(column.sample[key][5]) in text, key
    assert f"dL/dz = δ = dL/da · σ'(z) = {number_text(column.sample['dL_dz'][5])}" in text
    assert f"w1 = {number_text(column.weights[0, 5])} (dL/dw {number_text(column.weight_grads[0, 5])})" in text
    assert "… and 16 more" in text                    # dense1 has 32 units, 16 shown


def test_clicking_an_edge_shows_the_gradient_arithmetic_and_keeps_it(qtbot, network_view):
    picture = picture_of(load_preset("vanishing_sigmoid"))
    network_view.show_frame(frame_of(picture))
    diagram = network_view.diagram
    half = QPointF(diagram.node_size / 2, 0)
    start, end = diagram.node_centre(3, 2) + half, diagram.node_centre(4, 7) - half
    middle = (start + (end - start) * 0.1).toPoint()     # near its source, where no other edge is as close
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=middle)
    column, previous = picture.columns[4], picture.columns[3]
    j, k = int(column.shown[7]) + 1, int(previous.shown[2]) + 1
    text = network_view.details.toPlainText()
    assert f"weight w{j},{k}" in text
    assert f"Σ over the 32 samples of δ{j} · a{k} = {number_text(column.weight_grads[2, 7])}" in text
    delta, a_k = column.sample["dL_dz"][7], column.inputs[2]
    assert f"δ{j} · a{k} = {number_text(delta * a_k)}" in text
    qtbot.mouseMove(diagram, centre(network_view, 1, 0))    # hovering elsewhere keeps the clicked edge
    assert network_view.details.toPlainText() == text


def _pixel(view: NetworkView, column: int, unit: int, dx: float = 0.0) -> QColor:
    image = view.diagram.grab().toImage()
    point = view.diagram.node_centre(column, unit)
    return image.pixelColor(int(round(point.x() + dx)), int(round(point.y())))


def test_backward_colours_neurons_on_the_heatmap_scale_so_a_vanishing_net_fades_to_the_input(qtbot, network_view):
    picture = picture_of(load_preset("vanishing_sigmoid"))
    network_view.show_frame(frame_of(picture))
    qtbot.mouseClick(network_view.backward_button, Qt.MouseButton.LeftButton)
    assert network_view.diagram.mode == BACKWARD
    # A pixel inside a neuron, off its centre lines, is the heatmap colour of the unit's ‖dL/dh‖.
    offset = network_view.diagram.node_size / 4
    lut = pg.colormap.get("inferno").getLookupTable(0.0, 1.0, 256, alpha=False)
    for column in (1, 6):
        # by hand: log10 ‖dL/dh‖ placed on the heatmap's 1e-8 .. 1e2 scale, then the colour map
        position = np.clip((np.log10(float(picture.columns[column].grad_norm[0])) + 8) / 10, 0, 1)
        assert _pixel(network_view, column, 0, offset).getRgb()[:3] == tuple(lut[int(round(position * 255))])
    assert _pixel(network_view, 1, 0, offset).lightness() < _pixel(network_view, 6, 0, offset).lightness()


def test_dead_units_are_crossed_out(qtbot, network_view):
    exp = Experiment(data=DataSpec(name="moons", n_samples=60), loss="cross_entropy", epochs=None, steps=5,
                     layers=(DenseSpec(3, "relu", init=InitSpec("constant", value=0.0)),))
    picture = picture_of(exp)
    assert picture.columns[1].dead.all()
    network_view.show_frame(frame_of(picture))
    assert _pixel(network_view, 1, 1).name() == DEAD_COLOR.name()


def test_pictures_over_the_input_plane_are_each_units_output(qtbot):
    trainer = Trainer(load_preset("relu_he").replace(dtype="float64"))
    picture = PICTURE_PAINTERS["network"](trainer)(trainer)
    xs, ys = picture.plane
    assert len(xs) == len(ys) == NETWORK_PLANE_RESOLUTION
    first = picture.columns[1]
    layer = trainer.net.layers[0]
    gx, gy = np.meshgrid(xs, ys)
    expected = np.maximum(np.column_stack([gx.ravel(), gy.ravel()]) @ layer.W + layer.b, 0.0)
    unit = int(first.shown[3])
    np.testing.assert_allclose(first.pictures[3], expected[:, unit].reshape(len(ys), len(xs)), rtol=1e-5, atol=1e-6)


def test_the_shown_units_are_those_with_the_largest_gradient():
    trainer = Trainer(load_preset("vanishing_sigmoid"))
    explainer = Explainer(trainer)
    picture = network_picture(explainer)
    trace = explainer.explain().layers[0]
    norms = np.linalg.norm(trace.dL_da.astype(np.float64), axis=0)
    assert list(picture.columns[1].shown) == sorted(np.argsort(-norms)[:16])
    assert picture.columns[1].units == 32


@pytest.fixture
def ledger(qtbot):
    return shown(qtbot, ChainRuleLedger(), 600, 600)


def test_ledger_lists_every_layer_with_its_factors_and_the_sentence(ledger):
    picture = picture_of(load_preset("vanishing_sigmoid"))
    ledger.show_frame(frame_of(picture))
    book = picture.ledger
    assert ledger.summary.text() == book.summary
    assert ledger.table.rowCount() == len(book.rows) == 7
    for r, row in enumerate(book.rows):
        assert ledger.table.item(r, 0).text() == row.layer + (" *" if row.in_ratio else "")
        assert ledger.table.item(r, 2).data(FACTOR_ROLE) == row.activation_factor
        assert ledger.table.item(r, 3).data(FACTOR_ROLE) == row.weight_factor
        assert ledger.table.item(r, 4).text() == number_text(row.gain)
    assert number_text(book.ratio) in ledger.caption.text()
    assert not ledger.worked.isVisible()


def test_worked_example_follows_the_chosen_sample(qtbot, ledger):
    picture = picture_of(load_preset("single_neuron_squared_error"), steps=2)
    ledger.show_frame(frame_of(picture))
    assert ledger.worked.isVisible()
    ledger.sample.setFocus()
    for _ in range(3):
        qtbot.keyClick(ledger.sample, Qt.Key.Key_Up)
    example = worked_example(picture.chain, 3)
    unit = example["layers"][0]
    text = ledger.worked_text.toPlainText()
    assert f"sample 3, x = {number_text(example['x'])}" in text
    assert f"dL/dz = dL/da · σ'(z) = {number_text(unit['dL_dz'])}" in text
    assert f"w ← {number_text(unit['w'])} − 2 × {number_text(unit['dL_dw'])} = {number_text(unit['w_new'])}" in text
    assert "cancels" not in text                     # squared error: σ'(z) stays in the chain


def test_both_views_are_exact_at_each_step_in_the_window(qtbot, make_main_window):
    exp = load_preset("single_neuron")
    window = make_main_window(exp)
    ledger_view, network = window.ledger_dock.widget().widget(), window.network_view_dock.widget()
    for step in (1, 2):
        window.ledger_dock.raise_()
        qtbot.keyClick(window, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: ledger_view.picture is not None and ledger_view.picture.step == step, timeout=10000)
        headless = Trainer(exp)
        headless.run(max_steps=step)
        expected = worked_example(Explainer(headless).worked_chain(), 0)["layers"][0]
        text = ledger_view.worked_text.toPlainText()
        assert f"Step {step}: sample 0" in text
        assert f"= {number_text(expected['w_new'])};" in text and "dL/dw = dL/dz · x" in text
        window.network_view_dock.raise_()          # its tab chosen: it catches up with the same step
        qtbot.waitUntil(lambda: network.picture is not None and network.picture.step == step)
    assert not window.errors
