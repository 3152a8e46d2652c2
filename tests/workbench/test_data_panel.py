"""The data panel: dataset choice, fields shown per dataset, the loss following the data, CSV import."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

from engine.spec import DataSpec, Experiment, SpecError
from panel_helpers import choose, options, type_into
from workbench.panels.data_panel import DataPanel
from workbench.state import ExperimentState


@pytest.fixture
def state():
    return ExperimentState(Experiment())


@pytest.fixture
def panel(qtbot, state):
    widget = DataPanel(state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text("petal_length,petal_width,species\n1.4,0.2,setosa\n4.7,1.4,versicolor\n"
                    "1.3,0.2,setosa\n4.5,1.5,versicolor\n5.1,1.8,virginica\n")
    return path


def test_dataset_combo_offers_every_dataset_with_a_tooltip(panel):
    from engine.spec import DATASETS
    assert sorted(options(panel.dataset)) == sorted(DATASETS)
    for i in range(panel.dataset.count()):
        if panel.dataset.itemText(i):
            assert len(panel.dataset.itemData(i, Qt.ToolTipRole)) > 30


def test_classes_shown_only_for_spirals_and_blobs(qtbot, panel, state):
    assert panel.classes.isVisible()
    choose(qtbot, panel.dataset, "moons")
    assert state.experiment.data.name == "moons"
    assert not panel.classes.isVisible() and panel.noise.isVisible()
    choose(qtbot, panel.dataset, "iris")
    assert not panel.noise.isVisible() and not panel.n_samples.isVisible()
    choose(qtbot, panel.dataset, "blobs")
    assert panel.classes.isVisible()


def test_typing_fields_edits_the_data_one_undo_step_each(qtbot, panel, state):
    before = state.experiment
    type_into(qtbot, panel.n_samples, "1200")
    type_into(qtbot, panel.noise, "0.25")
    type_into(qtbot, panel.val_fraction, "0.3")
    type_into(qtbot, panel.seed, "5")
    panel.standardize.click()
    assert state.experiment.data == DataSpec(n_samples=1200, noise=0.25, val_fraction=0.3, seed=5, standardize=False)
    assert state.undo_stack.count() == 5
    for _ in range(5):
        state.undo_stack.undo()
    assert state.experiment == before
    assert (panel.n_samples.value(), panel.standardize.isChecked()) == (600, True)


def test_out_of_range_values_cannot_be_entered(qtbot, panel, state):
    type_into(qtbot, panel.val_fraction, "0.95")      # above the 0.9 the spec allows
    type_into(qtbot, panel.classes, "1")             # below 2
    assert state.experiment.data.val_fraction <= 0.9
    assert state.experiment.data.classes >= 2
    assert state.error is None


def test_regression_dataset_switches_loss_in_the_same_undo_step(qtbot, panel, state):
    before = state.experiment
    assert before.loss == "cross_entropy"
    choose(qtbot, panel.dataset, "sine")
    assert (state.experiment.data.name, state.experiment.loss) == ("sine", "mse")
    assert state.error is None
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.experiment == before


def test_fewer_classes_keep_a_fitting_loss_and_more_classes_drop_binary_ce(qtbot, panel, state):
    state.replace(state.experiment.replace(data=DataSpec(name="blobs", classes=2), loss="binary_cross_entropy"), "x")
    type_into(qtbot, panel.classes, "4")
    assert (state.experiment.data.classes, state.experiment.loss) == (4, "cross_entropy")


def test_csv_target_is_picked_from_the_header(qtbot, panel, state, csv_file):
    panel.choose_csv_file = lambda parent: str(csv_file)
    choose(qtbot, panel.dataset, "csv")
    data = state.experiment.data
    assert (data.name, data.csv_path, data.target) == ("csv", str(csv_file), "species")
    assert state.undo_stack.count() == 1 and state.error is None
    assert options(panel.target) == ["petal_length", "petal_width", "species"]
    assert panel.target.isVisible() and panel.task.isVisible() and not panel.csv_error.isVisible()
    choose(qtbot, panel.target, "petal_width")
    choose(qtbot, panel.task, "regression")
    assert (state.experiment.data.target, state.experiment.data.task) == ("petal_width", "regression")
    assert state.experiment.loss == "mse"       # a regression task allows only mse


def test_bad_csv_shows_the_error_in_place(qtbot, panel, state, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,x\n1,2,3\n")
    panel.choose_csv_file = lambda parent: str(bad)
    choose(qtbot, panel.dataset, "csv")
    assert panel.csv_error.isVisible()
    assert "appears twice" in panel.csv_error.text()
    assert not panel.target.isEnabled()
    # no target could be picked: the missing target is flagged on the target field
    assert state.error is not None and state.error.path == "data.target"
    assert panel.target.property("specError") is True

    panel.choose_csv_file = lambda parent: str(tmp_path / "missing.csv")
    panel.choose_button.click()
    assert "does not exist" in panel.csv_error.text()


def test_cancelled_file_dialog_changes_nothing_but_flags_the_missing_file(qtbot, panel, state):
    panel.choose_csv_file = lambda parent: ""
    panel.choose_button.click()
    assert state.undo_stack.count() == 0
    choose(qtbot, panel.dataset, "csv")
    assert state.experiment.data.name == "csv" and state.experiment.data.csv_path is None
    assert state.error.path == "data.csv_path"
    assert panel.csv_path.property("specError") is True
    assert "needs a file" in panel.csv_path.toolTip()


def test_every_control_has_a_teaching_tooltip(panel):
    controls = panel.findChildren(QComboBox) + panel.findChildren(QAbstractSpinBox) + \
        panel.findChildren(QAbstractButton)
    assert len(controls) >= 10
    for control in controls:
        assert len(control.toolTip()) > 30, f"{type(control).__name__} has no useful tooltip"


def test_show_error_clears_the_previous_flag(panel):
    panel.show_error(SpecError("data.n_samples", "must be an integer of at least 4, got 2"))
    assert panel.n_samples.property("specError") is True
    panel.show_error(SpecError("data.noise", "must be a non-negative number, got -1"))
    assert not panel.n_samples.property("specError")
    assert panel.noise.property("specError") is True
