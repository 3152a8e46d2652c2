"""The panels' number boxes take every value the experiment spec takes, and no other: their ranges
come from engine.limits, as the validator's do (a box once clamped 10,000 units to 4,096 silently)."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from engine.spec import DenseSpec, Experiment, is_valid
from panel_helpers import shown, type_into
from workbench.panels.data_panel import DataPanel
from workbench.panels.layer_editor import LayerEditor
from workbench.panels.training_panel import TrainingPanel
from workbench.state import ExperimentState

BASE = Experiment(layers=(DenseSpec(8, "tanh"),))


def _units(n):
    return BASE.replace(layers=(DenseSpec(n, "tanh"),))


def _data(**changes):
    return BASE.replace(data=dataclasses.replace(BASE.data, name="spirals", **changes))


def _assert_box_takes_what_the_spec_takes(box, experiment_with, resolution):
    """The box's ends are valid values and one step (``resolution``) beyond either end is not."""
    assert is_valid(experiment_with(box.maximum())) and not is_valid(experiment_with(box.maximum() + resolution))
    assert is_valid(experiment_with(box.minimum())) and not is_valid(experiment_with(box.minimum() - resolution))


@pytest.fixture
def editor(qtbot):
    editor = shown(qtbot, LayerEditor(ExperimentState(BASE)), 420, 640)
    first_layer = editor.tree.visualRect(editor.model.index_of((0,))).center()
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=first_layer)
    assert editor.current_path() == (0,)
    return editor


def test_the_units_box_takes_a_layer_wider_than_it_used_to(qtbot, editor):
    type_into(qtbot, editor.units, "10000")
    assert editor.state.experiment.layers[0].units == 10_000
    _assert_box_takes_what_the_spec_takes(editor.units, _units, 1)


def test_the_data_boxes_show_and_take_the_specs_whole_range(qtbot):
    state = ExperimentState(_data(n_samples=200_000, classes=25, noise=12.5))
    panel = shown(qtbot, DataPanel(state), 360, 700)
    assert (panel.n_samples.value(), panel.classes.value(), panel.noise.value()) == (200_000, 25, 12.5)

    type_into(qtbot, panel.classes, "40")
    type_into(qtbot, panel.noise, "20")
    assert (state.experiment.data.classes, state.experiment.data.noise) == (40, 20.0)
    _assert_box_takes_what_the_spec_takes(panel.n_samples, lambda n: _data(n_samples=n), 1)
    _assert_box_takes_what_the_spec_takes(panel.classes, lambda n: _data(classes=n), 1)
    _assert_box_takes_what_the_spec_takes(panel.noise, lambda x: _data(noise=x), 0.001)


def test_the_training_boxes_take_the_specs_whole_range(qtbot):
    state = ExperimentState(BASE.replace(batch_size=2_000_000, epochs=None, steps=500_000_000))
    panel = shown(qtbot, TrainingPanel(state), 360, 700)
    assert (panel.batch_size.value(), panel.length.value()) == (2_000_000, 500_000_000)
    _assert_box_takes_what_the_spec_takes(panel.batch_size, lambda n: BASE.replace(batch_size=n), 1)
    _assert_box_takes_what_the_spec_takes(panel.length, lambda n: BASE.replace(epochs=None, steps=n), 1)

    state.replace(BASE.replace(epochs=3, steps=None), "epochs")
    _assert_box_takes_what_the_spec_takes(panel.length, lambda n: BASE.replace(epochs=n, steps=None), 1)
