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
    # no target could be picked because the file is unreadable: the file is what to fix
    assert state.error is not None and state.error.path == "data.csv_path"
    assert panel.csv_path.property("specError") is True and not panel.target.property("specError")

    panel.choose_csv_file = lambda parent: str(tmp_path / "missing.csv")
    panel.choose_button.click()
    assert "does not exist" in panel.csv_error.text()


def choose_csv(qtbot, panel, path) -> None:
    panel.choose_csv_file = lambda parent: str(path)
    qtbot.mouseClick(panel.choose_button, Qt.LeftButton)


@pytest.mark.parametrize("content, path, problem", [
    ("a,b,label\n1,2,x\n3,4\n5,6,y\n7,8,x\n", "data.csv_path", "row 3 has 2 cells"),
    ("a,b,label\n1,2,x\n3,four,y\n5,6,y\n7,8,x\n", "data.csv_path", "column 'b': 'four', not a finite number"),
    ("a,b,label\n", "data.csv_path", "has a header row but no data rows"),
    ("a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n", "data.target", "has a single value 'x'"),
], ids=["ragged", "non-numeric", "header-only", "one-class"])
def test_a_csv_that_cannot_train_is_flagged_when_chosen(qtbot, panel, state, tmp_path, content, path, problem):
    bad = tmp_path / "bad.csv"
    bad.write_text(content)
    choose_csv(qtbot, panel, bad)
    assert state.experiment.data.csv_path == str(bad)
    assert state.error is not None and state.error.path == path
    assert problem in state.error.message and problem in str(state.error)   # Run's tooltip shows str()
    flagged = panel.csv_path if path == "data.csv_path" else panel.target
    assert flagged.property("specError") is True
    assert problem in flagged.toolTip()
    if path == "data.csv_path":
        assert panel.csv_error.isVisible() and problem in panel.csv_error.text()


def test_a_missing_csv_names_the_file_not_the_target(qtbot, panel, state, tmp_path, csv_file):
    choose_csv(qtbot, panel, csv_file)
    assert state.error is None
    csv_file.unlink()
    type_into(qtbot, panel.seed, "3")          # any edit validates again
    assert state.error is not None and state.error.path == "data.csv_path"
    assert "does not exist" in state.error.message
    assert panel.csv_path.property("specError") is True


def test_fixing_the_csv_clears_the_error(qtbot, panel, state, tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("a,b,label\n1,2,x\n3,4\n5,6,y\n7,8,x\n")
    choose_csv(qtbot, panel, data)
    assert state.error is not None
    data.write_text("a,b,label\n1,2,x\n3,4,y\n5,6,y\n7,8,x\n")
    choose_csv(qtbot, panel, data)            # chosen again after fixing it in a text editor
    assert state.error is None
    assert not panel.csv_path.property("specError") and not panel.csv_error.isVisible()


def test_editing_other_fields_does_not_reread_the_csv(qtbot, panel, state, csv_file, monkeypatch):
    import workbench.state
    loads = []
    real_load = workbench.state.checked_shape
    monkeypatch.setattr(workbench.state, "checked_shape", lambda spec: loads.append(spec) or real_load(spec))
    choose_csv(qtbot, panel, csv_file)
    assert len(loads) == 1 and state.error is None
    type_into(qtbot, panel.seed, "7")
    type_into(qtbot, panel.val_fraction, "0.3")
    assert len(loads) == 1
    choose(qtbot, panel.task, "classification")   # the task changes what loading checks
    assert len(loads) == 2


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


def _feature_item(panel, name):
    items = panel.features.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, f"{name} is not offered as an input"
    return items[0]


def _tick(qtbot, panel, name) -> None:
    """Go to the column in the list and press Space, which ticks or unticks it."""
    panel.features.setFocus()
    panel.features.setCurrentItem(_feature_item(panel, name))
    qtbot.keyClick(panel.features, Qt.Key_Space)


def test_the_preview_shows_the_first_rows_and_the_column_types(qtbot, panel, state, tmp_path):
    data = tmp_path / "plants.csv"
    data.write_text("height,colour,label\n" + "".join(f"{i}.5,red,{'ab'[i % 2]}\n" for i in range(20)))
    choose_csv(qtbot, panel, data)
    table = panel.preview
    assert table.isVisible() and table.rowCount() == 5 and table.columnCount() == 3
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["height\nnumber", "colour\ntext", "label\ntext"]
    assert [table.item(r, 0).text() for r in range(5)] == ["0.5", "1.5", "2.5", "3.5", "4.5"]
    # the text column is an input by default, so the file cannot train yet, and the panel says why
    assert state.error is not None and "column 'colour': 'red'" in state.error.message


def test_unticking_an_input_column_sets_the_features_one_undo_step(qtbot, panel, state, tmp_path):
    data = tmp_path / "plants.csv"
    data.write_text("height,colour,label\n" + "".join(f"{i}.5,red,{'ab'[i % 2]}\n" for i in range(20)))
    choose_csv(qtbot, panel, data)
    assert [panel.features.item(i).text() for i in range(panel.features.count())] == ["height", "colour"]
    steps = state.undo_stack.count()
    _tick(qtbot, panel, "colour")
    assert state.experiment.data.features == ("height",)
    assert state.undo_stack.count() == steps + 1 and state.error is None
    assert _feature_item(panel, "colour").checkState() == Qt.CheckState.Unchecked
    _tick(qtbot, panel, "colour")                      # all ticked again: back to the default
    assert state.experiment.data.features is None
    state.undo_stack.undo()
    assert state.experiment.data.features == ("height",)


def test_the_last_input_cannot_be_unticked(qtbot, panel, state, csv_file):
    choose_csv(qtbot, panel, csv_file)
    _tick(qtbot, panel, "petal_width")
    assert state.experiment.data.features == ("petal_length",)
    _tick(qtbot, panel, "petal_length")
    assert state.experiment.data.features == ("petal_length",)
    assert _feature_item(panel, "petal_length").checkState() == Qt.CheckState.Checked


def test_a_validation_file_can_be_chosen_and_cleared(qtbot, panel, state, csv_file, tmp_path):
    choose_csv(qtbot, panel, csv_file)
    assert panel.val_fraction.isEnabled() and not panel.clear_val_button.isEnabled()
    val = tmp_path / "val.csv"
    val.write_text("petal_length,petal_width,species\n1.5,0.3,setosa\n")
    panel.choose_csv_file = lambda parent: str(val)
    qtbot.mouseClick(panel.choose_val_button, Qt.LeftButton)
    assert state.experiment.data.val_path == str(val) and state.error is None
    assert panel.val_path.text() == str(val) and not panel.val_fraction.isEnabled()
    val.write_text("petal_length,species\n1.5,setosa\n")          # a column missing
    qtbot.mouseClick(panel.choose_val_button, Qt.LeftButton)
    assert state.error.path == "data.val_path" and "no column named 'petal_width'" in state.error.message
    assert panel.val_path.property("specError") is True
    assert panel.csv_error.isVisible() and "petal_width" in panel.csv_error.text()
    qtbot.mouseClick(panel.clear_val_button, Qt.LeftButton)
    assert state.experiment.data.val_path is None and state.error is None and panel.val_fraction.isEnabled()


@pytest.fixture
def prices_csv(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("size,rooms,price\n50,2,150.5\n80,3,210.0\n65,2,180.25\n120,4,330.0\n95,3,260.75\n")
    return path


def test_a_csv_with_a_numeric_target_switches_to_mse_undoably_and_says_so(qtbot, panel, state, prices_csv):
    before = state.experiment
    assert before.loss == "cross_entropy"
    choose_csv(qtbot, panel, prices_csv)
    assert (state.experiment.data.target, state.experiment.loss) == ("price", "mse")
    assert state.error is None
    assert panel.loss_note.isVisible()
    assert "Loss switched from cross_entropy to mse" in panel.loss_note.text()
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.experiment == before and not panel.loss_note.isVisible()


def test_a_classification_loss_on_a_numeric_csv_target_is_an_error_at_once(qtbot, state, prices_csv):
    state.replace(state.experiment.replace(
        data=DataSpec(name="csv", csv_path=str(prices_csv), target="price"), loss="cross_entropy"), "Open")
    assert state.error is not None and state.error.path == "loss"
    assert "'price' holds numbers, so this is a regression task: use loss 'mse'" in str(state.error)
    assert state.losses_for(state.experiment.data) == ("mse",)
