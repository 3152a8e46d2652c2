"""Every run kept and compared: the run history, names from the diff, the Runs dock, overlays,
forks (a fork with no change is the same run bit for bit), runs kept beside the saved experiment,
headless runs opened in the window, corrupt run folders skipped with a message."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QWidget

from engine import headless
from engine.run_directory import write_run
from engine.runs import read_run
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import Trainer
from workbench.panels.runs_panel import NAME_COLUMN, RunsPanel
from workbench.plots.loss_plot import SMOOTHING_FRACTION, LossPlot, bin_centres, moving_average
from workbench.plots.run_compare import RunCompare
from workbench.plots.run_overlays import LossOverlay
from workbench.runner import TrainingRunner
from workbench.runs_model import RUN_COLORS, RunHistory

from panel_helpers import type_learning_rate


def tiny(steps: int = 8, lr: float = 0.1, **changes) -> Experiment:
    return Experiment(name="tiny", data=DataSpec(name="moons", n_samples=60),
                      layers=(DenseSpec(units=4, activation="tanh"),) * 2, optimizer=OptimizerSpec("sgd", lr),
                      batch_size=12, epochs=None, steps=steps, **changes)


def assert_same_history(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key)


def headless_run(folder, exp: Experiment):
    trainer = Trainer(exp)
    write_run(trainer, folder)
    return trainer


def headless_folder(folder, exp: Experiment):
    headless_run(folder, exp)
    return folder


def run_in(qtbot, runner: TrainingRunner, exp: Experiment):
    with qtbot.waitSignal(runner.ended, timeout=30000) as ended:
        assert runner.start(exp)
    return ended.args[0]


# ----------------------------------------------------------------------------- history & names

def test_every_run_is_kept_named_after_what_changed_and_written_as_the_headless_runner_writes_it(qtbot, tmp_path):
    runs = RunHistory(tmp_path / "unsaved")
    runner = TrainingRunner()
    runs.follow(runner, primary=True)
    panel = RunsPanel(runs)
    qtbot.addWidget(panel)
    first, faster = tiny(), tiny(lr=0.5)
    run_in(qtbot, runner, first)
    run_in(qtbot, runner, faster)
    runner.shutdown()

    assert [r.name for r in runs.records] == ["tiny", "lr 0.1 → 0.5"]
    assert [r.status for r in runs.records] == ["finished", "finished"]
    assert runs.current is runs.records[1]
    for record, exp in zip(runs.records, (first, faster)):
        # The child wrote the run in the headless format, and the record holds the trainer's own history.
        assert record.folder.parent == tmp_path / "unsaved"
        headless = headless_run(tmp_path / f"headless-{record.folder.name}", exp)
        assert_same_history(read_run(record.folder).steps, headless.history.snapshot())
        assert_same_history(record.steps, headless.history.snapshot())
        assert record.steps_done == 8 and record.wall_time_s > 0
    # The dock lists both, the current one marked, with verdict, final loss, accuracy and steps.
    table = panel.table
    assert table.rowCount() == 2
    assert table.item(0, NAME_COLUMN).text() == "tiny"
    assert table.item(1, NAME_COLUMN).text() == "▶ lr 0.1 → 0.5"
    assert table.item(1, 2).text() == runs.records[1].verdict
    assert table.item(1, 3).text() == format(runs.records[1].train_loss, ".3g")
    assert table.item(1, 4).text() == format(runs.records[1].val_accuracy, ".0%")
    assert table.item(1, 5).text() == "8"


def test_the_runs_dock_renames_pins_hides_and_deletes_and_the_store_remembers(qtbot, tmp_path):
    runs = RunHistory(tmp_path / "unsaved")
    for lr in (0.1, 0.2, 0.3):
        headless_run(runs.new_run_folder(), tiny(lr=lr))
    runs.use_folder(None)
    assert [r.name for r in runs.records] == ["tiny", "lr 0.1 → 0.2", "lr 0.2 → 0.3"]
    panel = RunsPanel(runs)
    qtbot.addWidget(panel)
    panel.show()
    table = panel.table

    table.selectRow(0)
    panel.rename_action.trigger()
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "baseline")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: runs.records[0].name == "baseline")   # the delegate commits on a queued call

    table.selectRow(2)
    panel.pin_action.trigger()
    assert [table.item(r, NAME_COLUMN).text() for r in range(3)] == ["📌 lr 0.2 → 0.3", "baseline", "lr 0.1 → 0.2"]

    table.selectRow(2)
    panel.hide_action.trigger()
    assert table.rowCount() == 2
    qtbot.mouseClick(panel.show_hidden, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 3
    qtbot.mouseClick(panel.show_hidden, Qt.MouseButton.LeftButton)

    # Reopened: names, pins and hidden flags come back from the store's index.
    again = RunHistory(tmp_path / "unsaved")
    again.use_folder(None)
    assert [(r.name, r.pinned, r.hidden) for r in again.records] == [
        ("baseline", False, False), ("lr 0.1 → 0.2", False, True), ("lr 0.2 → 0.3", True, False)]

    doomed = runs.records[0].folder
    table.selectRow(1)        # "baseline", below the pinned run
    panel.delete_action.trigger()
    assert [r.name for r in runs.records] == ["lr 0.1 → 0.2", "lr 0.2 → 0.3"] and not doomed.exists()


# ----------------------------------------------------------------------------- overlays

def test_the_loss_plot_overlays_every_checked_run_in_its_colour_and_keeps_the_last_one_faint(qtbot, tmp_path):
    loss_plot = LossPlot()
    qtbot.addWidget(loss_plot)
    runs = RunHistory(tmp_path / "unsaved", loss_plot)
    runner = TrainingRunner(loss_plot)
    overlay = LossOverlay(loss_plot, runs, runner)
    records = [runs.open_run(headless_folder(tmp_path / f"run{lr}", tiny(steps=30, lr=lr))) for lr in (0.1, 0.5)]
    items = overlay._loss_items
    assert len(items) == 2
    for record in records:
        item = items[id(record)]
        steps = record.steps
        expected = moving_average(steps["loss"], steps["step"], steps["width"],
                                  max(1.0, 30 * SMOOTHING_FRACTION))
        np.testing.assert_array_equal(item.xData, bin_centres(steps))
        np.testing.assert_array_equal(item.yData, expected)
        assert item.opts["pen"].color() == QColor(RUN_COLORS[record.color])
        assert overlay._accuracy_items[id(record)].yData.tolist() == record.epochs["val_acc"].tolist()
    assert records[0].color != records[1].color
    # The view holds every overlaid step.
    assert loss_plot.loss_plot.vb.viewRange()[0][1] >= 30

    # Unchecked in the dock: no longer drawn.
    panel = RunsPanel(runs)
    qtbot.addWidget(panel)
    panel.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert list(overlay._loss_items) == [id(records[1])]

    # The run the views showed stays, faint and dashed, once the views are reset (an edit) ...
    runs.show(records[1])
    assert id(records[1]) not in overlay._loss_items          # drawn by the loss plot itself
    runner.reset(tiny(steps=30))                               # the idle frame of the edited network
    faint = overlay._loss_items[id(records[1])]
    assert faint.opts["pen"].style() == Qt.PenStyle.DashLine
    assert faint.opts["pen"].color() != QColor(RUN_COLORS[records[1].color])
    runner.shutdown()


def test_compare_draws_gradient_ratios_heatmaps_side_by_side_and_the_settings_that_differ(qtbot, tmp_path):
    owner = QWidget()
    qtbot.addWidget(owner)
    runs = RunHistory(tmp_path / "unsaved", owner)
    sigmoid = tiny(steps=20).replace(layers=(DenseSpec(units=4, activation="sigmoid"),) * 3)
    relu = sigmoid.replace(layers=(DenseSpec(units=4, activation="relu"),) * 3,
                           optimizer=dataclasses.replace(sigmoid.optimizer, lr=0.05))
    a = runs.open_run(headless_folder(tmp_path / "a", sigmoid))
    b = runs.open_run(headless_folder(tmp_path / "b", relu))
    compare = RunCompare(runs)
    qtbot.addWidget(compare)
    compare.show()
    runs.select([a, b])

    for record in (a, b):
        curve = compare._ratio_items[id(record)]
        # Four probed layers: three hidden and the output; the ratio is layer 0's dL/dh over layer 2's.
        np.testing.assert_array_equal(curve.yData, record.steps["L0.grad_h"] / record.steps["L2.grad_h"])
        assert curve.opts["pen"].color() == QColor(RUN_COLORS[record.color])
    assert compare.ratio_plot.getAxis("left").logMode
    for heatmap, record in zip(compare.heatmaps, (a, b)):
        assert heatmap._names == record.layer_names
    # One fixed scale for both.
    assert list(compare.heatmaps[0].image.levels) == list(compare.heatmaps[1].image.levels)
    table = compare.differences
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [[f"layers[{i}].activation", "sigmoid", "relu"] for i in range(3)] + [["optimizer.lr", "0.1", "0.05"]]
    assert table.horizontalHeaderItem(1).text() == "tiny"


def laid_out_widths(widget: QWidget) -> tuple[int, int]:
    """(least, preferred) width once the layout requests of new texts are handled."""
    for _ in range(3):     # nested layouts: each round lays out one level more
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return widget.minimumSizeHint().width(), widget.sizeHint().width()


def test_a_long_run_name_wraps_in_compare_and_never_widens_its_dock(qtbot, tmp_path):
    # A wider dock grows the window and lays it out and repaints it whole, as a new run starts.
    owner = QWidget()
    qtbot.addWidget(owner)
    runs = RunHistory(tmp_path / "unsaved", owner)
    a, b = (runs.open_run(headless_folder(tmp_path / name, tiny(steps=10))) for name in "ab")
    compare = RunCompare(runs)
    qtbot.addWidget(compare)
    compare.show()
    runs.select([a, b])
    narrow = laid_out_widths(compare)
    runs.update(b, name="lr 0.1 → 0.5, sigmoid → relu, normal → he_normal, batch 32 → 256, clip none → 1.0")
    assert b.name in compare.titles[1].text()
    assert laid_out_widths(compare) == narrow


def test_compare_redraws_only_what_shows_a_run_that_got_new_data(qtbot, tmp_path):
    """A live run updates twice a second: only its own curve, title and heatmap are drawn again."""
    owner = QWidget()
    qtbot.addWidget(owner)
    runs = RunHistory(tmp_path / "unsaved", owner)
    a, b, c = (runs.open_run(headless_folder(tmp_path / name, tiny(steps=10 + i)))
               for i, name in enumerate("abc"))
    compare = RunCompare(runs)
    qtbot.addWidget(compare)
    compare.show()
    runs.select([a, b])
    images = [heatmap.image.image for heatmap in compare.heatmaps]
    curves = {key: item.yData for key, item in compare._ratio_items.items()}

    c.steps = {name: column[:5] for name, column in c.steps.items()}     # new data of run c ...
    runs.record_updated.emit(c)                     # ... checked, not compared: its ratio curve only,
    assert len(compare._ratio_items[id(c)].yData) == 5      # at once for a run at rest
    assert compare._ratio_items[id(a)].yData is curves[id(a)] and compare._ratio_items[id(b)].yData is curves[id(b)]
    assert all(heatmap.image.image is image for heatmap, image in zip(compare.heatmaps, images))

    b.steps, b.status = {name: column[:4] for name, column in b.steps.items()}, "running"
    runs.record_updated.emit(b)                     # compared on the right: its curve and heatmap,
    assert compare._live_parts.pending              # in passes to come while it trains
    qtbot.waitUntil(lambda: not compare._live_parts.pending)
    assert len(compare._ratio_items[id(b)].yData) == 4
    assert compare.heatmaps[0].image.image is images[0] and compare.heatmaps[1].image.image is not images[1]
    assert compare._ratio_items[id(a)].yData is curves[id(a)]


def test_compare_behind_the_loss_tab_draws_nothing_until_its_tab_is_chosen(qtbot, make_main_window, tmp_path):
    window = make_main_window(tiny())
    runs, compare = window.runs, window.compare_view
    a, b = (runs.open_run(headless_folder(tmp_path / name, tiny(steps=10 + i))) for i, name in enumerate("ab"))
    window.loss_dock.raise_()
    qtbot.waitUntil(lambda: not window.loss_dock.visibleRegion().isEmpty())
    runs.select([a, b])
    assert compare.isVisible() and compare.heatmaps[1].image.image is None     # "visible" to Qt, but behind the tab
    b.steps = {name: column[:4] for name, column in b.steps.items()}
    runs.record_updated.emit(b)
    assert not compare._live_parts.pending and compare.heatmaps[1].image.image is None
    window.compare_dock.raise_()                                               # its tab chosen: caught up at once
    qtbot.waitUntil(lambda: compare.heatmaps[1].image.image is not None)
    assert compare.heatmaps[1].image.image.shape[1] == 4


# ----------------------------------------------------------------------------- forks

def test_a_fork_without_a_change_reproduces_the_run_bit_for_bit(qtbot, make_main_window):
    window = make_main_window(tiny(steps=12))
    with qtbot.waitSignal(window.runner.ended, timeout=30000):
        window.controls.run_action.trigger()
    original = window.runs.records[0]
    window.runs_panel.table.selectRow(0)
    with qtbot.waitSignal(window.runner.ended, timeout=30000):
        window.runs_panel.run_again_action.trigger()
    again = window.runs.records[1]
    assert again.name == "tiny (again)"
    assert_same_history(again.steps, original.steps)
    assert_same_history(again.epochs, original.epochs)
    for name in ("metrics.csv", "probes.csv", "weights.npz"):
        assert (again.folder / name).read_bytes() == (original.folder / name).read_bytes(), name


def test_fork_with_a_change_trains_both_at_once_from_the_same_seed(qtbot, make_main_window):
    window = make_main_window(tiny(steps=300))
    base = window.state.experiment
    qtbot.mouseClick(window.runs_panel.toolbar.widgetForAction(window.runs_panel.fork_action),
                     Qt.MouseButton.LeftButton)
    assert window.forker.armed
    with qtbot.waitSignals([window.runner.launched, window.pool.runner_added], timeout=10000):
        type_learning_rate(qtbot, window, "0.5")
    assert not window.forker.armed
    assert window.runner.is_active and window.pool.busy == 1        # two processes train at once
    qtbot.waitUntil(lambda: len(window.runs.records) == 2 and not any(
        window.runs.is_live(r) for r in window.runs.records), timeout=60000)
    unchanged, fork = window.runs.records
    assert unchanged.experiment == base and fork.experiment == window.state.experiment
    assert fork.name == "lr 0.1 → 0.5" and fork is window.runs.current
    # Same seed: the same initial weights and first batch, so the same loss before the first update.
    assert unchanged.steps["loss"][0] == fork.steps["loss"][0]
    assert unchanged.steps["loss"][1] != fork.steps["loss"][1]


def test_the_diagnosis_fork_choice_makes_a_fix_train_beside_the_unchanged_experiment(qtbot, make_main_window):
    base = Experiment(name="too fast", data=DataSpec(name="moons", n_samples=60), batch_size=12, epochs=None,
                      steps=40, optimizer=OptimizerSpec("sgd", 1e6),
                      layers=(DenseSpec(units=16, activation="relu", init=InitSpec("he_normal")),) * 3)
    window = make_main_window(base)
    banner = window.banner
    with qtbot.waitSignal(window.runner.ended, timeout=30000):
        window.controls.run_action.trigger()
    qtbot.waitUntil(lambda: "lower_lr" in banner.visible_fixes(), timeout=10000)
    assert banner.fork_button.isVisible() and not banner.fork_button.isChecked()

    # One switch shown in two places: the Runs dock's Fork and the banner's.
    qtbot.mouseClick(window.runs_panel.toolbar.widgetForAction(window.runs_panel.fork_action),
                     Qt.MouseButton.LeftButton)
    assert window.forker.armed and banner.fork_button.isChecked()
    qtbot.mouseClick(banner.fork_button, Qt.MouseButton.LeftButton)
    assert not window.forker.armed and not window.runs_panel.fork_action.isChecked()

    qtbot.mouseClick(banner.fork_button, Qt.MouseButton.LeftButton)
    assert window.forker.armed and window.runs_panel.fork_action.isChecked()
    with qtbot.waitSignals([window.runner.launched, window.pool.runner_added], timeout=10000):
        qtbot.mouseClick(banner.fix_buttons["lower_lr"], Qt.MouseButton.LeftButton)
    assert not window.forker.armed and not banner.fork_button.isChecked()
    assert window.state.experiment.optimizer.lr == pytest.approx(1e5)        # the fix is the current experiment
    qtbot.waitUntil(lambda: len(window.runs.records) == 3 and not any(
        window.runs.is_live(r) for r in window.runs.records), timeout=60000)
    first, unchanged, fork = window.runs.records
    assert first.experiment == unchanged.experiment == base                # trained again beside the fork
    assert fork.experiment == window.state.experiment and fork is window.runs.current
    assert unchanged.steps["loss"][0] == fork.steps["loss"][0]             # the same seed and first batch


# ----------------------------------------------------------------------------- persistence & opening

def test_runs_are_kept_beside_the_saved_experiment_and_come_back_when_it_is_reopened(qtbot, make_main_window, tmp_path):
    window = make_main_window(tiny())
    window.ask_save_path = lambda: str(tmp_path / "exp.json")
    with qtbot.waitSignal(window.runner.ended, timeout=30000):
        window.controls.run_action.trigger()          # run while unsaved: kept in the app's folder
    assert window.runs.records[0].folder.parent == tmp_path / "unsaved-runs"
    assert window.save_experiment_as()                # saved: the run follows the experiment
    kept = window.runs.records[0]
    assert kept.folder == tmp_path / "exp.runs" / "run-0001"
    window.runs.update(kept, name="first try")
    steps = kept.steps

    window.new_experiment()
    assert window.runs.records == []
    assert window.open_path(tmp_path / "exp.json")
    (back,) = window.runs.records
    assert back.name == "first try" and back.folder == kept.folder
    assert_same_history(back.steps, steps)


def test_open_run_shows_a_headless_run_in_every_view(qtbot, make_main_window, tmp_path):
    exp_path, out = tmp_path / "exp.json", tmp_path / "headless"
    tiny(steps=20).dump(exp_path)
    assert headless.main([str(exp_path), "--out", str(out)]) == 0
    window = make_main_window(tiny())
    window.ask_run_folder = lambda: str(out)
    window.open_run_action.trigger()
    (record,) = window.runs.records
    assert record.folder == out and record.steps_done == 20 and window.runs.current is record
    assert window.errors == []
    # The views draw it as they drew the live run.
    assert window.heatmap._names == record.layer_names
    np.testing.assert_array_equal(window.loss_plot.raw_curve.yData, record.steps["loss"])
    assert window.runs_panel.table.item(0, NAME_COLUMN).text() == "▶ tiny"
    # ... and the decision boundary of its final weights, not of the experiment's initial ones.
    boundary = window.painter.frame.boundary
    final = Trainer(tiny(steps=20).replace(initial_weights=str(out / "weights.npz")))
    grid = np.column_stack([g.ravel() for g in np.meshgrid(boundary.xs, boundary.ys)])
    np.testing.assert_array_equal(boundary.probabilities[..., 1].ravel(), final.predict(grid)[:, 1])
    assert not np.array_equal(boundary.probabilities[..., 1].ravel(), Trainer(tiny(steps=20)).predict(grid)[:, 1])


def test_a_corrupt_run_folder_gets_a_clear_message_and_is_skipped(qtbot, make_main_window, tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    headless_run(good, tiny())
    headless_run(bad, tiny())
    (bad / "probes.csv").write_text("step,layer\n")
    window = make_main_window(tiny())
    window.ask_run_folder = lambda: str(bad)
    window.open_run_action.trigger()
    assert window.runs.records == []
    assert window.errors == [f"Cannot open the run in {bad}: probes.csv: the header is not "
                             "step,layer,name,grad_w,grad_h,act_mean,act_std,saturated,dead,update_ratio,grad_spread. "
                             "It was skipped."]
    window.ask_run_folder = lambda: str(good)
    window.open_run_action.trigger()
    assert [r.folder for r in window.runs.records] == [good]


@pytest.mark.parametrize("broken", ["summary", "index"])
def test_a_damaged_store_opens_what_it_can(qtbot, make_main_window, tmp_path, broken):
    exp_path = tmp_path / "exp.json"
    tiny().dump(exp_path)
    store = tmp_path / "exp.runs"
    headless_run(store / "run-0001", tiny())
    headless_run(store / "run-0002", tiny(lr=0.3))
    if broken == "summary":
        (store / "run-0001" / "summary.json").write_text("{")
    else:
        (store / "runs.json").write_text("[")
    window = make_main_window(tiny())
    assert window.open_path(exp_path)
    names = [r.name for r in window.runs.records]
    # A run that cannot be read is skipped; a damaged index costs the names kept in it, not the runs.
    assert names == (["tiny"] if broken == "summary" else ["tiny", "lr 0.1 → 0.3"])
    assert len(window.errors) == 1
    assert ("summary.json is not valid JSON" if broken == "summary" else "runs.json is damaged") in window.errors[0]
