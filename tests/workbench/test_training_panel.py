"""The training panel, driven as a person would: combos, typing, the learning-rate slider."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider

from engine.spec import (
    OPTIMIZER_DEFAULTS, ClipSpec, DataSpec, Experiment, OptimizerSpec, SpecError, losses_for,
)
from panel_helpers import choose, options, type_into
from workbench.panels.training_panel import TrainingPanel
from workbench.state import ExperimentState


@pytest.fixture
def state():
    return ExperimentState(Experiment())


@pytest.fixture
def panel(qtbot, state):
    widget = TrainingPanel(state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_param_keys(panel) -> set[str]:
    return {key for name, form in panel.optimizer_params.items() if form.isVisible() for key in form.fields}


def test_only_the_chosen_optimizers_hyperparameters_are_shown(qtbot, panel, state):
    assert visible_param_keys(panel) == {"momentum", "dampening", "nesterov", "weight_decay"}
    choose(qtbot, panel.optimizer, "adam")
    assert state.experiment.optimizer.name == "adam"
    assert visible_param_keys(panel) == {"betas", "eps", "weight_decay", "amsgrad"}
    choose(qtbot, panel.optimizer, "rmsprop")
    assert visible_param_keys(panel) == set(OPTIMIZER_DEFAULTS["rmsprop"])


def test_switching_optimizer_keeps_lr_and_drops_params_that_do_not_apply(qtbot, panel, state):
    state.edit("setup", optimizer=OptimizerSpec("sgd", lr=0.03, params={"momentum": 0.9, "weight_decay": 0.001}))
    choose(qtbot, panel.optimizer, "adam")
    assert state.experiment.optimizer == OptimizerSpec("adam", lr=0.03, params={"weight_decay": 0.001})


def test_typing_momentum_is_one_undoable_edit(qtbot, panel, state):
    before = state.experiment
    momentum = panel.optimizer_params["sgd"].fields["momentum"]
    type_into(qtbot, momentum, "0.85")
    assert state.experiment.optimizer.params == {"momentum": 0.85}
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.experiment == before
    assert momentum.value() == 0.0


def test_bool_hyperparameter_is_a_checkbox_and_a_bad_combination_is_flagged(qtbot, panel, state):
    nesterov = panel.optimizer_params["sgd"].fields["nesterov"]
    qtbot.keyClick(nesterov, Qt.Key_Space)
    assert state.experiment.optimizer.params == {"nesterov": True}
    # Nesterov without momentum is invalid: the checkbox says so in place.
    assert state.error is not None and state.error.path == "optimizer.params.nesterov"
    assert nesterov.property("specError") is True
    assert "momentum > 0" in nesterov.toolTip()
    type_into(qtbot, panel.optimizer_params["sgd"].fields["momentum"], "0.9")
    assert state.error is None
    assert not nesterov.property("specError")
    assert "Problem" not in nesterov.toolTip() and "Nesterov momentum" in nesterov.toolTip()


def test_betas_are_two_boxes(qtbot, panel, state):
    choose(qtbot, panel.optimizer, "adam")
    beta1, beta2 = panel.optimizer_params["adam"].fields["betas"]
    type_into(qtbot, beta2, "0.95")
    assert state.experiment.optimizer.params["betas"] == pytest.approx((0.9, 0.95))
    assert beta1.value() == pytest.approx(0.9)


def test_lr_slider_and_box_stay_in_sync_and_emit_once_per_gesture(qtbot, panel, state):
    slider: QSlider = panel.lr.slider
    emitted = []
    panel.lr_edited.connect(emitted.append)
    # a drag: press, several moves, release = one edit and one signal
    slider.setSliderDown(True)
    for tick in (slider.value() + 10, slider.value() + 40, slider.value() + 100):
        slider.setValue(tick)
        assert panel.lr.box.value() == pytest.approx(10 ** (-5 + tick / 100), rel=5e-3)
    assert emitted == [] and state.undo_stack.count() == 0
    slider.setSliderDown(False)
    slider.sliderReleased.emit()    # what QSlider emits when the mouse button is released
    assert len(emitted) == 1 and state.undo_stack.count() == 1
    assert state.experiment.optimizer.lr == emitted[0] == pytest.approx(1.0, rel=5e-3)

    # typing into the box moves the slider, one signal
    type_into(qtbot, panel.lr.box, "1e-3")
    assert emitted[-1] == state.experiment.optimizer.lr == pytest.approx(1e-3)
    assert slider.value() == 200          # log10(1e-3) = -3, two decades above 1e-5
    assert len(emitted) == 2

    # a keyboard step on the slider is a gesture on its own
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key_Right)
    assert len(emitted) == 3
    assert state.experiment.optimizer.lr == pytest.approx(10 ** -2.99, rel=5e-3)


def test_lr_box_steps_logarithmically_and_refuses_out_of_range(qtbot, panel, state):
    box = panel.lr.box
    type_into(qtbot, box, "100")         # above the 10 maximum: not accepted
    assert state.experiment.optimizer.lr == 0.1
    box.stepBy(10)                       # ten arrow steps = one decade
    assert state.experiment.optimizer.lr == pytest.approx(1.0)


def test_undo_via_ctrl_z_restores_exact_experiment(qtbot, panel, state):
    undo = state.undo_stack.createUndoAction(panel)
    undo.setShortcut(QKeySequence.Undo)
    undo.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    panel.addAction(undo)
    before = state.experiment
    choose(qtbot, panel.optimizer, "adamw")
    choose(qtbot, panel.schedule, "cosine")
    middle = state.experiment
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.optimizer.setFocus()
    qtbot.keyClick(panel.optimizer, Qt.Key_Z, Qt.ControlModifier)
    assert state.experiment == middle.replace(schedule=before.schedule)
    qtbot.keyClick(panel.optimizer, Qt.Key_Z, Qt.ControlModifier)
    assert state.experiment == before
    assert panel.optimizer.currentText() == "sgd" and panel.schedule.currentText() == "constant"


def test_schedule_params_follow_the_schedule(qtbot, panel, state):
    choose(qtbot, panel.schedule, "step")
    form = panel.schedule_params["step"]
    assert form.isVisible() and not panel.schedule_params["cosine"].isVisible()
    type_into(qtbot, form.fields["step_size"], "250")
    assert state.experiment.schedule.resolved() == {"step_size": 250, "gamma": 0.5}
    choose(qtbot, panel.schedule, "constant")
    assert not any(f.isVisible() for f in panel.schedule_params.values())
    assert state.experiment.schedule.params == {}


def test_loss_list_follows_the_dataset(qtbot, panel, state):
    assert options(panel.loss) == list(losses_for(state.experiment.data)) == ["cross_entropy", "mse",
                                                                              "half_squared_error"]
    state.replace(state.experiment.replace(data=DataSpec(name="moons")), "data")
    assert options(panel.loss) == ["mse", "cross_entropy", "binary_cross_entropy", "half_squared_error"]
    choose(qtbot, panel.loss, "binary_cross_entropy")
    assert state.experiment.loss == "binary_cross_entropy"


def test_clipping_threshold_disabled_when_off_and_emits_clip_edited(qtbot, panel, state):
    assert not panel.clip_threshold.isEnabled()
    choose(qtbot, panel.clip_mode, "norm")
    assert panel.clip_threshold.isEnabled()
    with qtbot.waitSignal(panel.clip_edited) as signal:
        type_into(qtbot, panel.clip_threshold, "5")
    assert signal.args == [5.0]
    assert state.experiment.clip == ClipSpec("norm", 5.0)
    choose(qtbot, panel.clip_mode, "off")
    assert not panel.clip_threshold.isEnabled()


def test_epochs_or_steps_toggle_and_full_batch(qtbot, panel, state):
    choose(qtbot, panel.length_unit, "steps")
    assert (state.experiment.epochs, state.experiment.steps) == (None, 100)
    type_into(qtbot, panel.length, "2500")
    assert state.experiment.steps == 2500
    type_into(qtbot, panel.batch_size, "0")
    assert state.experiment.batch_size == 0
    assert panel.batch_size.text() == "full batch"
    choose(qtbot, panel.dtype, "float64")
    type_into(qtbot, panel.seed, "7")
    assert (state.experiment.dtype, state.experiment.seed) == ("float64", 7)


def test_external_change_resyncs_without_creating_edits(qtbot, panel, state):
    other = Experiment(optimizer=OptimizerSpec("rmsprop", lr=0.003, params={"alpha": 0.9}), batch_size=64,
                       epochs=None, steps=900)
    state.load(other, None)
    assert panel.optimizer.currentText() == "rmsprop"
    assert panel.optimizer_params["rmsprop"].fields["alpha"].value() == pytest.approx(0.9)
    assert math.isclose(panel.lr.value(), 0.003)
    assert (panel.length_unit.currentText(), panel.length.value(), panel.batch_size.value()) == ("steps", 900, 64)
    assert state.undo_stack.count() == 0 and state.experiment == other


def test_every_control_has_a_teaching_tooltip(panel):
    controls = panel.findChildren(QComboBox) + panel.findChildren(QAbstractSpinBox) + \
        panel.findChildren(QAbstractButton) + panel.findChildren(QSlider)
    assert len(controls) > 20
    for control in controls:
        assert len(control.toolTip()) > 30, f"{type(control).__name__} has no useful tooltip"


def test_show_error_flags_the_named_field(panel):
    panel.show_error(SpecError("clip.threshold", "must be a positive number, got 0"))
    assert panel.clip_threshold.property("specError") is True
    assert "must be a positive number" in panel.clip_threshold.toolTip()
    panel.show_error(None)
    assert not panel.clip_threshold.property("specError")
    assert "must be a positive" not in panel.clip_threshold.toolTip()
