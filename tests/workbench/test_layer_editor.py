"""The layer editor: tree edits (pure functions and buttons), drag and drop, the inspector, residual
blocks, input/output widths, errors and undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

from engine.spec import (
    ActivationSpec, BatchNormSpec, DataSpec, DenseSpec, DropoutSpec, Experiment, InitSpec, ResidualSpec,
)
from panel_helpers import choose, type_into
from workbench.panels.layer_editor import (
    LayerEditor, move_layer, remove_layer, step_target, summary, unwrap_residual, wrap_in_residual,
)
from workbench.state import ExperimentState

A, B, C, D = DenseSpec(8), DenseSpec(16), BatchNormSpec(), DropoutSpec(0.3)


# ----------------------------------------------------------------------------- pure functions

def test_move_within_the_top_level_uses_positions_before_the_move():
    layers = (A, B, C, D)
    assert move_layer(layers, (0,), (), 3) == ((B, C, A, D), (2,))   # dropped between C and D
    assert move_layer(layers, (3,), (), 0) == ((D, A, B, C), (0,))
    assert move_layer(layers, (1,), (), -1) == ((A, C, D, B), (3,))  # -1: at the end


def test_move_into_and_out_of_a_block():
    block = ResidualSpec(layers=(B, C))
    into = move_layer((A, block, D), (2,), (1,), 1)
    assert into == ((A, ResidualSpec(layers=(B, D, C))), (1, 1))
    out = move_layer((A, block, D), (1, 0), (), 0)
    assert out == ((B, A, ResidualSpec(layers=(C,)), D), (0,))


def test_moving_the_last_layer_out_of_a_block_removes_the_empty_block():
    layers = (A, ResidualSpec(layers=(B,)), D)
    assert move_layer(layers, (1, 0), (), 3) == ((A, D, B), (2,))


def test_blocks_do_not_nest():
    layers = (ResidualSpec(layers=(A,)), ResidualSpec(layers=(B,)))
    assert move_layer(layers, (1,), (0,), 0) is None


def test_step_walks_through_a_block():
    block = ResidualSpec(layers=(B, C))
    layers = (A, block, D)
    path, seen = (0,), []
    while (target := step_target(layers, path, +1)) is not None:
        layers, path = move_layer(layers, path, *target)
        seen.append(path)
    # A enters the block at the top, steps through it, leaves below it, then reaches the end
    assert seen == [(0, 0), (0, 1), (0, 2), (1,), (2,)]
    assert layers == (ResidualSpec(layers=(B, C)), D, A)
    assert step_target(layers, (0,), -1) is None
    assert step_target(layers, (0,), +1) == ((), 2)     # a block swaps with its neighbour


def test_wrap_unwrap_and_remove_round_trip():
    layers = (A, B, C, D)
    wrapped = wrap_in_residual(layers, 1, 2)
    assert wrapped == (A, ResidualSpec(layers=(B, C)), D)
    assert unwrap_residual(wrapped, 1) == layers
    assert remove_layer(wrapped, (1, 0)) == (A, ResidualSpec(layers=(C,)), D)
    assert remove_layer(remove_layer(wrapped, (1, 0)), (1, 0)) == (A, D)


def test_summary_is_readable():
    assert summary(DenseSpec(32, "tanh", init=InitSpec("xavier_uniform"))) == "Dense 32 · tanh · xavier_uniform"
    assert summary(DropoutSpec(0.2)) == "Dropout · rate 0.2"
    assert summary(ResidualSpec(layers=(A, B))).startswith("Residual block")


# ----------------------------------------------------------------------------- the widget

@pytest.fixture
def state():
    return ExperimentState(Experiment(layers=(DenseSpec(32, "tanh"), DenseSpec(16, "tanh"))))


@pytest.fixture
def editor(qtbot, state):
    widget = LayerEditor(state)
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, editor, path, modifier=Qt.NoModifier):
    index = editor.model.index_of(path)
    editor.tree.scrollTo(index)
    qtbot.mouseClick(editor.tree.viewport(), Qt.LeftButton, modifier, editor.tree.visualRect(index).center())
    assert editor.current_path() == path


def row_texts(editor) -> list[str]:
    texts = []
    for i in range(editor.model.rowCount()):
        item = editor.model.item(i)
        texts.append(item.text())
        texts.extend("  " + item.child(j).text() for j in range(item.rowCount()))
    return texts


def test_rows_show_summaries_and_the_io_widths_follow_data_and_loss(qtbot, editor, state):
    assert row_texts(editor) == ["Dense 32 · tanh · xavier_uniform", "Dense 16 · tanh · xavier_uniform"]
    assert editor.input_label.text() == "Input · 2 features"
    assert editor.output_label.text().startswith("Output · 3 units (linear → softmax")
    state.replace(state.experiment.replace(data=DataSpec(name="moons"), loss="binary_cross_entropy"), "data")
    assert editor.output_label.text().startswith("Output · 1 unit (linear → sigmoid")
    state.replace(state.experiment.replace(data=DataSpec(name="threshold")), "data")
    assert editor.input_label.text() == "Input · 1 feature"
    state.replace(state.experiment.replace(data=DataSpec(name="wine")), "data")
    assert editor.input_label.text() == "Input · 13 features"


def test_unreadable_csv_shows_question_marks(qtbot, editor, state, tmp_path):
    missing = str(tmp_path / "nope.csv")
    state.replace(state.experiment.replace(data=DataSpec(name="csv", csv_path=missing, target="y")), "csv")
    assert editor.input_label.text() == "Input · ? features"
    assert editor.output_label.text().startswith("Output · ? units")


def test_add_appends_after_the_selection_and_undo_restores(qtbot, editor, state):
    before = state.experiment
    click_row(qtbot, editor, (0,))
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert state.experiment.layers == (DenseSpec(32, "tanh"), DenseSpec(), DenseSpec(16, "tanh"))
    assert editor.current_path() == (1,)           # the new layer is selected, ready to edit
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.experiment == before
    assert len(row_texts(editor)) == 2


def test_add_menu_offers_every_type_and_insert_goes_before(qtbot, editor, state):
    click_row(qtbot, editor, (1,))
    dropout = next(a for a in editor.insert_button.menu().actions() if a.data() == "dropout")
    dropout.trigger()
    assert state.experiment.layers[1] == DropoutSpec()
    batchnorm = next(a for a in editor.add_button.menu().actions() if a.data() == "batchnorm")
    batchnorm.trigger()
    assert [x.type for x in state.experiment.layers] == ["dense", "dropout", "batchnorm", "dense"]


def test_remove_duplicate_and_move_buttons(qtbot, editor, state):
    click_row(qtbot, editor, (1,))
    qtbot.mouseClick(editor.duplicate_button, Qt.LeftButton)
    assert state.experiment.layers == (DenseSpec(32, "tanh"), DenseSpec(16, "tanh"), DenseSpec(16, "tanh"))
    click_row(qtbot, editor, (0,))
    qtbot.mouseClick(editor.down_button, Qt.LeftButton)
    assert [x.units for x in state.experiment.layers] == [16, 32, 16]
    assert editor.current_path() == (1,)           # the selection follows the moved layer
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert [x.units for x in state.experiment.layers] == [16, 16]
    assert state.undo_stack.count() == 3


def test_inspector_edits_the_selected_layer(qtbot, editor, state):
    click_row(qtbot, editor, (1,))
    type_into(qtbot, editor.units, "48")
    choose(qtbot, editor.activation, "leaky_relu")
    assert editor.slope.isVisible()               # only leaky_relu / elu have a slope
    type_into(qtbot, editor.slope, "0.2")
    choose(qtbot, editor.init, "he_normal")
    assert editor.mode.isVisible() and not editor.std.isVisible()
    type_into(qtbot, editor.gain, "1.5")
    assert state.experiment.layers[1] == DenseSpec(48, "leaky_relu", 0.2, InitSpec("he_normal", gain=1.5))
    assert state.undo_stack.count() == 5           # one step per field, not per keystroke
    assert row_texts(editor)[1] == "Dense 48 · leaky_relu · he_normal ×1.5"
    type_into(qtbot, editor.gain, "0")             # 0 shows "default": the initialiser's own gain
    assert state.experiment.layers[1].init.gain is None
    assert editor.gain.text() == "default"


def test_changing_type_keeps_the_activation(qtbot, editor, state):
    click_row(qtbot, editor, (0,))
    choose(qtbot, editor.type_combo, "Activation")
    assert state.experiment.layers[0] == ActivationSpec("tanh")
    assert not editor.units.isVisible() and editor.activation.isVisible()
    choose(qtbot, editor.type_combo, "Dropout")
    assert state.experiment.layers[0] == DropoutSpec()
    assert editor.rate.isVisible() and not editor.activation.isVisible()


def test_invalid_units_cannot_be_typed(qtbot, editor, state):
    click_row(qtbot, editor, (0,))
    type_into(qtbot, editor.units, "0")
    assert state.experiment.layers[0].units >= 1
    assert state.error is None


def test_apply_to_all_layers(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(
        DenseSpec(8, "sigmoid"), ResidualSpec(layers=(DenseSpec(8, "sigmoid"), ActivationSpec("sigmoid"))),
        DropoutSpec())), "setup")
    click_row(qtbot, editor, (0,))
    choose(qtbot, editor.activation, "relu")
    qtbot.mouseClick(editor.apply_activation, Qt.LeftButton)
    layers = state.experiment.layers
    assert [layers[0].activation, layers[1].layers[0].activation, layers[1].layers[1].activation] == ["relu"] * 3
    assert layers[2] == DropoutSpec()
    choose(qtbot, editor.init, "he_uniform")
    qtbot.mouseClick(editor.apply_init, Qt.LeftButton)
    assert state.experiment.layers[1].layers[0].init == InitSpec("he_uniform")
    assert state.experiment.output_init == InitSpec()    # the output layer keeps its own
    state.undo_stack.undo()
    assert state.experiment.layers[1].layers[0].init == InitSpec()


def test_residual_wraps_the_selection_and_unwrap_restores(qtbot, editor, state):
    before = state.experiment
    click_row(qtbot, editor, (0,))
    click_row(qtbot, editor, (1,), Qt.ShiftModifier)      # shift-click: both rows selected
    residual = next(a for a in editor.add_button.menu().actions() if a.data() == "residual")
    residual.trigger()
    assert state.experiment.layers == (ResidualSpec(layers=before.layers),)
    block = editor.model.item(0)
    assert block.rowCount() == 2 and editor.tree.isExpanded(block.index())   # children shown indented
    click_row(qtbot, editor, (0,))
    qtbot.mouseClick(editor.unwrap_button, Qt.LeftButton)
    assert state.experiment == before


def test_residual_with_a_block_selected_adds_a_new_block_with_one_dense(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(ResidualSpec(layers=(A,)),)), "setup")
    click_row(qtbot, editor, (0, 0))
    next(a for a in editor.add_button.menu().actions() if a.data() == "residual").trigger()
    assert state.experiment.layers == (ResidualSpec(layers=(A,)), ResidualSpec(layers=(DenseSpec(),)))


def test_up_down_move_layers_in_and_out_of_a_block(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(A, ResidualSpec(layers=(B,)), D)), "setup")
    click_row(qtbot, editor, (2,))
    qtbot.mouseClick(editor.up_button, Qt.LeftButton)
    assert state.experiment.layers == (A, ResidualSpec(layers=(B, D)))
    assert editor.current_path() == (1, 1)
    click_row(qtbot, editor, (1, 0))
    qtbot.mouseClick(editor.up_button, Qt.LeftButton)
    assert state.experiment.layers == (A, B, ResidualSpec(layers=(D,)))
    assert editor.current_path() == (1,)


def test_drop_moves_a_layer_into_a_block(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(A, ResidualSpec(layers=(B,)), D)), "setup")
    model = editor.model
    mime = model.mimeData([model.index_of((2,))])
    block = model.index_of((1,))
    assert model.canDropMimeData(mime, Qt.MoveAction, 0, 0, block)
    assert model.dropMimeData(mime, Qt.MoveAction, 0, 0, block)
    assert state.experiment.layers == (A, ResidualSpec(layers=(D, B)))
    # and back out to the top, between rows
    mime = model.mimeData([model.index_of((1, 0))])
    model.dropMimeData(mime, Qt.MoveAction, 0, 0, model.index(-1, -1))
    assert state.experiment.layers == (D, A, ResidualSpec(layers=(B,)))
    assert state.undo_stack.count() == 3


def test_drop_refuses_a_block_inside_a_block_and_leaves_rows_in_place(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(ResidualSpec(layers=(A,)), ResidualSpec(layers=(B,)))), "setup")
    model = editor.model
    mime = model.mimeData([model.index_of((1,))])
    assert not model.canDropMimeData(mime, Qt.MoveAction, 0, 0, model.index_of((0,)))
    assert not model.dropMimeData(mime, Qt.MoveAction, 0, 0, model.index_of((0,)))
    # after a move-drag the view asks the model to remove the dragged rows: nothing may disappear
    assert not model.removeRows(0, 1)
    assert model.rowCount() == 2


def test_selection_survives_unrelated_changes_and_undo(qtbot, editor, state):
    click_row(qtbot, editor, (1,))
    type_into(qtbot, editor.units, "20")
    state.edit("Set seed", seed=3)
    assert editor.current_path() == (1,)
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert editor.current_path() == (1,) and editor.units.value() == 16


def test_ctrl_z_undoes_through_the_undo_action(qtbot, editor, state):
    undo = state.undo_stack.createUndoAction(editor)
    undo.setShortcut(QKeySequence.Undo)
    undo.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    editor.addAction(undo)
    before = state.experiment
    click_row(qtbot, editor, (0,))
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert len(state.experiment.layers) == 1
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key_Z, Qt.ControlModifier)
    assert state.experiment == before


def test_errors_are_flagged_on_the_row_and_the_field(qtbot, editor, state):
    state.replace(state.experiment.replace(layers=(A, DenseSpec(units=0))), "bad")
    assert state.error is not None and state.error.path == "layers[1].units"
    item = editor.model.item(1)
    assert "positive integer" in item.toolTip()
    assert item.foreground().color().name() == "#d0312d"
    click_row(qtbot, editor, (1,))
    assert editor.units.property("specError") is True
    click_row(qtbot, editor, (0,))
    assert not editor.units.property("specError")
    state.undo_stack.undo()
    assert state.error is None
    assert "positive integer" not in editor.model.item(0).toolTip()


def test_every_control_has_a_teaching_tooltip(editor):
    controls = editor.findChildren(QComboBox) + editor.findChildren(QAbstractSpinBox) + \
        editor.findChildren(QAbstractButton)
    assert len(controls) > 15
    for control in controls:
        assert len(control.toolTip()) > 30, f"{type(control).__name__} {control.text() if hasattr(control, 'text') else ''}"


def test_output_activation_is_chosen_for_a_squared_error_and_locked_for_the_cross_entropies(qtbot, editor, state):
    assert not editor.output_activation.isEnabled()          # cross_entropy applies its own softmax
    assert "softmax in the loss" in editor.output_label.text()
    state.edit("Set loss", loss="half_squared_error")
    assert editor.output_activation.isEnabled()
    choose(qtbot, editor.output_activation, "sigmoid")
    assert state.experiment.output_activation == "sigmoid" and state.error is None
    assert "sigmoid, compared with the targets by ½(a − t)²" in editor.output_label.text()
    state.edit("Set loss", loss="cross_entropy")             # now invalid: flagged on the combo, which stays usable
    assert state.error.path == "output_activation"
    assert editor.output_activation.isEnabled() and "fused" in editor.output_activation.toolTip()
    choose(qtbot, editor.output_activation, "identity")
    assert state.error is None and not editor.output_activation.isEnabled()
