"""The Sweep view, driven as a person would: open a sweep folder, sort the table, read the heatmap,
click a cell to open its run, start a small sweep from the current experiment, stop it by closing."""
import csv
import math
import statistics

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from engine import sweep as sw
from engine.spec import Experiment
from panel_helpers import choose, type_into
from workbench.sweep_executor import SweepExecution
from workbench.sweep_view import SweepView, parse_values

BASE = {"data": {"name": "moons", "n_samples": 60}, "loss": "cross_entropy", "steps": 15,
        "layers": [{"units": 4, "activation": "sigmoid", "init": {"name": "normal", "std": 0.5}}]}
SWEEP = {"name": "tiny", "base": BASE, "grid": {"depth": [1, 4], "layers[*].init.name": ["normal", "xavier_uniform"]},
         "seeds": 3}


@pytest.fixture(scope="module")
def sweep_folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("sweep")
    SweepExecution(sw.parse_sweep(SWEEP), out, workers=2).run()
    return out


def csv_rows(folder):
    with open(folder / "results.csv", newline="") as f:
        return list(csv.DictReader(f))


def make_view(qtbot, **kwargs):
    view = SweepView(**kwargs)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def new_sweep_view(qtbot, tmp_path):
    """A view whose current experiment is the test sweep's base, writing sweeps into ``tmp_path``."""
    current = sw.parse_sweep(SWEEP).base
    view = make_view(qtbot, current_experiment=lambda: current)
    view.sweeps_root = tmp_path
    return view


def vary(qtbot, view, n, field, values):
    choose(qtbot, view.field_boxes[n], field)
    qtbot.keyClicks(view.value_edits[n], values)


def test_values_typed_with_commas_become_numbers_and_names():
    assert parse_values("2, 4,8") == [2, 4, 8]
    assert parse_values("0.1, 1e-3, relu, true,") == [0.1, 1e-3, "relu", True]


def test_opening_a_folder_shows_the_table_and_the_median_heatmap(qtbot, sweep_folder):
    view = make_view(qtbot)
    view.ask_folder = lambda: str(sweep_folder)
    qtbot.mouseClick(view.open_button, Qt.LeftButton)
    rows = csv_rows(sweep_folder)
    assert view.model.rowCount() == 12 == len(rows)
    # Two fields: the second across, the first up; colour = log10 of the gradient ratio.
    assert (view.x_box.currentText(), view.y_box.currentText()) == ("layers[*].init.name", "depth")
    assert view.metric_box.currentText() == "log10 gradient ratio"
    data = view.heatmap.data
    assert data.x_values == ("normal", "xavier_uniform") and data.y_values == (1, 4)
    for i, depth in enumerate(("1", "4")):
        for j, init in enumerate(("normal", "xavier_uniform")):
            cell = [math.log10(float(r["gradient_ratio"])) for r in rows
                    if r["depth"] == depth and r["layers[*].init.name"] == init]
            assert len(cell) == 3
            assert data.values[i, j] == pytest.approx(statistics.median(cell), rel=1e-12)
    np.testing.assert_array_equal(view.heatmap.image.image, data.values)


def test_sorting_by_a_column_orders_numbers_numerically(qtbot, sweep_folder):
    view = make_view(qtbot)
    view.open_folder(sweep_folder)
    column = view.model.table.columns.index("val_loss")
    header = view.table_view.horizontalHeader()

    def click_header_and_read():
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
        return [float(view.proxy.index(r, column).data()) for r in range(view.proxy.rowCount())]

    shown = click_header_and_read()
    expected = sorted(float(f"{float(r['val_loss']):.4g}") for r in csv_rows(sweep_folder))
    assert shown in (expected, expected[::-1])
    assert click_header_and_read() == shown[::-1]


def test_clicking_a_cell_opens_its_median_run(qtbot, sweep_folder):
    view = make_view(qtbot)
    view.open_folder(sweep_folder)
    data = view.heatmap.data
    rows = [r for r in csv_rows(sweep_folder) if r["depth"] == "4" and r["layers[*].init.name"] == "xavier_uniform"]
    ratios = sorted(rows, key=lambda r: float(r["gradient_ratio"]))
    median_run = ratios[1]["run_id"]                   # three seeds: the middle one
    with qtbot.waitSignal(view.run_opened) as opened:
        qtbot.mouseClick(view.heatmap.viewport(), Qt.LeftButton, pos=view.heatmap.cell_center(1, 1))
    experiment, folder = opened.args
    assert folder == sweep_folder / "runs" / median_run and data.run_ids[1][1] == median_run
    assert experiment == Experiment.load(folder / "experiment.json")
    assert len(experiment.layers) == 4 and experiment.layers[0].init.name == "xavier_uniform"


def test_a_sweep_started_from_the_current_experiment_runs_in_the_background(qtbot, tmp_path):
    view = new_sweep_view(qtbot, tmp_path)
    view.field_boxes[0].setFocus()
    view.field_boxes[0].lineEdit().selectAll()
    qtbot.keyClicks(view.field_boxes[0].lineEdit(), "optimizer.lr")
    qtbot.keyClicks(view.value_edits[0], "0.5, 0.05")
    vary(qtbot, view, 1, "layers[*].activation", "tanh, relu")
    type_into(qtbot, view.seeds_box, "1")
    type_into(qtbot, view.steps_box, "20")
    type_into(qtbot, view.workers_box, "2")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert view.new_error.text() == ""
    # The view's next look at the finished sweep says it is done.
    qtbot.waitUntil(lambda: "(done)" in view.status.text(), timeout=60_000)
    assert not view.running and view.model.rowCount() == 4
    [folder] = list(tmp_path.iterdir())
    rows = csv_rows(folder)
    assert [(r["optimizer.lr"], r["layers[*].activation"], r["status"], r["steps"]) for r in rows] == [
        ("0.5", "tanh", "finished", "20"), ("0.5", "relu", "finished", "20"),
        ("0.05", "tanh", "finished", "20"), ("0.05", "relu", "finished", "20")]
    assert view.heatmap.data.x_values == ("tanh", "relu") and view.heatmap.data.y_values == (0.5, 0.05)
    assert "4/4 runs, 0 failed (done)" in view.status.text()


def test_a_bad_value_is_refused_naming_the_field_and_nothing_runs(qtbot, tmp_path):
    view = new_sweep_view(qtbot, tmp_path)
    vary(qtbot, view, 0, "layers[*].activation", "relu, sigmod")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert "grid.layers[*].activation: value 'sigmod' is refused" in view.new_error.text()
    assert not view.running and list(tmp_path.iterdir()) == []


def test_closing_the_view_mid_sweep_stops_it_and_leaves_nothing_running(qtbot, tmp_path):
    view = new_sweep_view(qtbot, tmp_path)
    vary(qtbot, view, 0, "depth", "1, 2, 3, 4")
    type_into(qtbot, view.steps_box, "100000")
    type_into(qtbot, view.workers_box, "2")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert view.running
    view.close()
    assert not view.running and view.execution is None
    rows = csv_rows(next(tmp_path.iterdir()))
    assert {r["status"] for r in rows} <= {"stopped"}       # nothing finished 100000 steps


def test_a_third_field_is_fixed_to_one_value_or_pooled_into_the_median(qtbot, tmp_path):
    lines = ["run_id,act,depth,init,seed,status,verdict,gradient_ratio,train_loss,val_loss,train_accuracy,"
             "val_accuracy,steps,seconds,message"]
    for act, offset in (("relu", 1.0), ("tanh", 5.0)):
        for depth in (2, 4):
            for init in ("he", "xavier"):
                for seed in (0, 1, 2):
                    lines.append(f"{act}{depth}{init}{seed},{act},{depth},{init},{seed},finished,healthy,1.0,,"
                                 f"{offset + depth + seed},,,10,0.1,")
    (tmp_path / "results.csv").write_text("\n".join(lines) + "\n")
    view = make_view(qtbot)
    view.open_folder(tmp_path)
    choose(qtbot, view.metric_box, "validation loss")
    choose(qtbot, view.x_box, "init")
    choose(qtbot, view.y_box, "depth")
    assert list(view.filter_boxes) == ["act"] and view.filter_boxes["act"].currentText() == "relu"
    # relu: 1 + depth + seed; the median over seeds 0, 1, 2 is 2 + depth.
    np.testing.assert_array_equal(view.heatmap.data.values, [[4.0, 4.0], [6.0, 6.0]])
    choose(qtbot, view.filter_boxes["act"], "tanh")
    np.testing.assert_array_equal(view.heatmap.data.values, [[8.0, 8.0], [10.0, 10.0]])
    choose(qtbot, view.filter_boxes["act"], "all (median)")
    # depth 2 pools 3, 4, 5 (relu) and 7, 8, 9 (tanh): median 6.
    np.testing.assert_array_equal(view.heatmap.data.values, [[6.0, 6.0], [8.0, 8.0]])


def test_in_the_window_a_clicked_cell_becomes_the_experiment_and_undo_brings_back_the_old(
        qtbot, make_main_window, sweep_folder):
    before = sw.parse_sweep(SWEEP).base.replace(name="mine")
    window = make_main_window(before)
    view = window.sweep_dock.widget()
    assert isinstance(view, SweepView) and window.sweep_dock.toggleViewAction() in window.view_menu.actions()
    window.sweep_dock.raise_()
    qtbot.waitUntil(view.isVisible)
    view.open_folder(sweep_folder)
    qtbot.mouseClick(view.heatmap.viewport(), Qt.LeftButton, pos=view.heatmap.cell_center(0, 0))
    opened = Experiment.load(sweep_folder / "runs" / view.heatmap.data.run_ids[0][0] / "experiment.json")
    assert window.state.experiment == opened
    window.state.undo_stack.undo()
    assert window.state.experiment == before


def test_closing_the_window_stops_a_running_sweep(qtbot, make_main_window, tmp_path):
    window = make_main_window(sw.parse_sweep(SWEEP).base.replace(steps=100000))
    view = window.sweep_dock.widget()
    view.sweeps_root = tmp_path
    window.sweep_dock.raise_()
    qtbot.waitUntil(view.isVisible)
    vary(qtbot, view, 0, "depth", "1, 2")
    type_into(qtbot, view.steps_box, "100000")
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    assert view.running
    window.close()
    assert not view.running

