"""Data slow to load (a million generated points, a CSV file of megabytes) is never loaded on the GUI
thread: the thresholds are lowered here (``engine.datasets.QUICK_LOAD_*``) so small sets count as big
and the tests stay fast; every load the GUI thread does is recorded."""
from __future__ import annotations

import multiprocessing

import numpy as np
import pytest

from engine.datasets import load_dataset
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec
from engine.trainer import Trainer
from workbench.panels.data_panel import DataPanel
from workbench.panels.layer_editor import LayerEditor
from workbench.state import ExperimentState

# One hidden layer of 8 on 2 inputs and 3 classes: (2*8 + 8) + (8*3 + 3) parameters.
NET_PARAMETERS = 24 + 27


def experiment(data: DataSpec, **changes) -> Experiment:
    return Experiment(data=data, layers=(DenseSpec(units=8, activation="tanh"),),
                      optimizer=OptimizerSpec(name="sgd", lr=0.05), batch_size=16, epochs=None,
                      steps=10_000).replace(**changes)


@pytest.fixture
def gui_loads(monkeypatch) -> list:
    """Generated sets over 100 points and CSV files over 10 bytes count as slow to load; returns the
    specs of the data sets loaded in this (the GUI's) process."""
    import engine.datasets as datasets
    import engine.trainer as trainer

    monkeypatch.setattr(datasets, "QUICK_LOAD_SAMPLES", 100)
    monkeypatch.setattr(datasets, "QUICK_LOAD_CSV_BYTES", 10)
    loads = []
    real = datasets.load_dataset

    def recorded(spec):
        loads.append(spec)
        return real(spec)

    for module in (datasets, trainer):
        monkeypatch.setattr(module, "load_dataset", recorded)
    return loads


def write_csv(path, rows: int = 40, empty_target_row: int | None = None) -> str:
    """Columns a, b (numbers) and label (text, 3 classes); the data row ``empty_target_row`` (1 = the
    first) without its label."""
    lines = ["a,b,label"]
    for i in range(1, rows + 1):
        label = "" if i == empty_target_row else ("red", "green", "blue")[i % 3]
        lines.append(f"{i * 0.5},{(i * 7) % 11},{label}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def csv_data(path: str, target: str = "label") -> DataSpec:
    return DataSpec(name="csv", csv_path=path, target=target)


def background_children() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "backprop-background"]


@pytest.fixture
def state_and_panels(qtbot):
    """A bare state with the data panel and the layer editor on it (made by the test: ``make(exp)``)."""
    made = []

    def make(exp: Experiment):
        state = ExperimentState(exp)
        panel, editor = DataPanel(state), LayerEditor(state)
        for widget in (panel, editor):
            qtbot.addWidget(widget)
            widget.show()
        made.append(state)
        return state, panel, editor

    yield make
    for state in made:
        state.shutdown()


def test_opening_a_million_points_loads_none_of_them_here_and_the_frame_follows(qtbot, make_main_window, gui_loads,
                                                                              tmp_path):
    window = make_main_window(experiment(DataSpec(name="spirals", classes=3, n_samples=100)))
    assert window.runner.has_frame and gui_loads != []     # 100 points: quick, built here as before
    gui_loads.clear()
    big = experiment(DataSpec(name="spirals", classes=3, n_samples=600))
    path = tmp_path / "big.json"
    big.dump(path)
    window.ask_open_path = lambda: str(path)
    frames = []
    window.runner.frame.connect(frames.append)
    window.open_experiment()                    # File → Open: checked from the data's shape alone
    runner, covers = window.runner, window.problem_notice.covers
    assert window.state.experiment == big and runner.state == "building" and runner.loading_data
    assert runner.parameters == NET_PARAMETERS
    assert all(cover.isVisible() for cover in covers)
    assert covers[0].text().startswith("Loading the data and building the network…")
    editor = window.layer_editor
    assert editor.input_label.text() == "Input · 2 features" and editor.output_label.text().startswith("Output · 3 units")
    assert gui_loads == [] and frames == []
    with qtbot.waitSignal(runner.frame, timeout=30000):
        pass
    assert gui_loads == [] and window.errors == [] and not any(cover.isVisible() for cover in covers)
    reference = Trainer(big)
    np.testing.assert_array_equal(frames[-1].points.x, reference.dataset.x_train)
    assert frames[-1].layer_names == reference.layer_names and frames[-1].experiment == big


def test_a_run_of_big_data_loads_it_in_the_training_process_only(qtbot, make_main_window, gui_loads):
    window = make_main_window(experiment(DataSpec(name="moons", n_samples=300), steps=30))
    gui_loads.clear()
    frames = []
    window.runner.frame.connect(frames.append)
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.controls.run_action.trigger()
    headless = Trainer(window.state.experiment)
    assert gui_loads == [window.state.experiment.data]       # only the headless reference, just now
    headless.run()
    np.testing.assert_array_equal(frames[-1].steps["loss"], headless.history.snapshot()["loss"])


def test_a_big_files_problem_found_in_the_background_is_shown_as_a_quick_files_is(qtbot, state_and_panels, gui_loads,
                                                                                  tmp_path, monkeypatch):
    import engine.datasets as datasets

    bad = experiment(csv_data(write_csv(tmp_path / "bad.csv", empty_target_row=30)))
    state, panel, editor = state_and_panels(bad)
    assert state.data_pending and state.error is None and gui_loads == []
    assert panel.reading_note.isVisible() and not panel.csv_error.isVisible()
    assert editor.input_label.text() == "Input · … features"
    with qtbot.waitSignal(state.data_checked, timeout=30000):
        pass
    assert gui_loads == [] and not state.data_pending and not panel.reading_note.isVisible()
    # The same file read here, at once (the threshold back up): the same problem, shown the same way.
    monkeypatch.setattr(datasets, "QUICK_LOAD_CSV_BYTES", 10**9)
    quick_state, quick_panel, quick_editor = state_and_panels(bad)
    assert not quick_state.data_pending and len(gui_loads) == 1
    assert (state.error.path, state.error.message) == (quick_state.error.path, quick_state.error.message) == (
        "data.csv_path", "row 31, column 'label': an empty target cell; every row needs a target value: fill it in "
                         "or remove the row")
    assert panel.csv_error.isVisible() and panel.csv_error.text() == quick_panel.csv_error.text()
    assert panel.csv_path.property("specError") is True and quick_panel.csv_path.property("specError") is True
    assert editor.input_label.text() == quick_editor.input_label.text() == "Input · ? features"


def test_a_stale_background_read_is_never_applied(qtbot, state_and_panels, gui_loads, held_builds, tmp_path):
    bad = experiment(csv_data(write_csv(tmp_path / "bad.csv", empty_target_row=3)))
    state, panel, editor = state_and_panels(bad)
    problems = []
    state.validity_changed.connect(problems.append)
    first_read = state._csv_reader._process
    assert state.data_pending and first_read is not None
    good_path = write_csv(tmp_path / "good.csv", rows=41)
    state.replace(bad.replace(data=csv_data(good_path)), "another file")   # while the first is read
    assert state.data_pending and state._csv_reader._process is not first_read    # the first read is ended
    with qtbot.waitSignal(state.data_checked, timeout=30000):
        held_builds(False)
    assert problems == [] and state.error is None and not state.data_pending
    assert state.data_shape() == load_dataset(DataSpec(name="csv", csv_path=good_path, target="label")).shape
    assert editor.input_label.text() == "Input · 2 features" and editor.output_label.text().startswith("Output · 3 units")
    assert not panel.reading_note.isVisible() and background_children() == []


def test_a_window_on_a_big_file_reads_it_then_builds_its_network_all_away_from_the_gui_thread(
        qtbot, make_main_window, gui_loads, held_builds, tmp_path):
    exp = experiment(csv_data(write_csv(tmp_path / "flowers.csv")))
    window = make_main_window(exp)
    covers, runner = window.problem_notice.covers, window.runner
    assert window.state.data_pending and runner.experiment is None
    assert all(cover.isVisible() for cover in covers) and covers[0].text().startswith("Reading the data file…")
    assert window.controls.run_action.isEnabled()        # nothing known against it yet: the run checks its data
    frames = []
    runner.frame.connect(frames.append)
    with qtbot.waitSignal(window.state.data_checked, timeout=30000):
        held_builds(False)
    # Read: the network is built in the background (its classes are known there only).
    assert runner.experiment == exp and runner.state == "building" and runner.loading_data
    assert covers[0].text().startswith("Loading the data and building the network…")
    assert window.layer_editor.output_label.text().startswith("Output · 3 units")
    with qtbot.waitSignal(runner.frame, timeout=30000):
        pass
    assert runner.parameters == NET_PARAMETERS and not any(cover.isVisible() for cover in covers)
    assert gui_loads == [] and window.errors == [] and len(frames) == 1
    assert frames[0].layer_names == Trainer(exp).layer_names
    # Closing during a read leaves no process behind.
    held_builds(True)
    write_csv(tmp_path / "flowers.csv", rows=50)       # the file changed on disk: read again
    window.state.revalidate()
    assert window.state.data_pending and background_children() != []
    assert window.close()
    assert background_children() == []


def test_a_big_sets_drawn_points_are_evenly_spaced_rows_of_its_training_set():
    from workbench.training_process import MAX_DRAWN_POINTS, training_points

    assert MAX_DRAWN_POINTS == 2_000
    trainer = Trainer(experiment(DataSpec(name="spirals", classes=3, n_samples=3_999, val_fraction=0.0)))
    points = training_points(trainer)
    # linspace(0, 3998, 2000) is every second row: 0, 2, ..., 3998.
    np.testing.assert_array_equal(points.x, trainer.dataset.x_train[::2])
    np.testing.assert_array_equal(points.labels, trainer.dataset.y_train[::2])
    small = Trainer(experiment(DataSpec(name="spirals", classes=3, n_samples=2_000, val_fraction=0.0)))
    np.testing.assert_array_equal(training_points(small).x, small.dataset.x_train)     # all of a small set


def test_initial_weights_for_big_data_are_checked_in_the_background_as_they_are_here(qtbot, make_main_window,
                                                                                    gui_loads, held_builds, tmp_path):
    from engine.weight_layouts import PYTORCH, save_weights_as

    exp = experiment(DataSpec(name="moons", n_samples=300), loss="cross_entropy")
    good, other = tmp_path / "good.npz", tmp_path / "other.npz"
    save_weights_as(Trainer(exp.replace(seed=9)).net, good, PYTORCH)
    save_weights_as(Trainer(exp.replace(layers=(DenseSpec(units=4, activation="tanh"),))).net, other, PYTORCH)
    with pytest.raises(ValueError) as raised:
        Trainer(exp.replace(initial_weights=str(other)))
    refusal = f"Cannot use {other} as initial weights:\n{raised.value}"
    window = make_main_window(exp)
    gui_loads.clear()
    window.exports.ask_open_path = lambda title, filters: str(good)
    window.exports.load_weights_action.trigger()
    assert window.state.experiment == exp and gui_loads == []        # not yet: checked in the background
    assert window.statusBar().currentMessage() == f"Checking the initial weights {good}…"
    with qtbot.waitSignal(window.state.changed, timeout=30000):
        held_builds(False)
    assert window.state.experiment == exp.replace(initial_weights=str(good)) and window.errors == []
    window.exports.ask_open_path = lambda title, filters: str(other)
    window.exports.load_weights_action.trigger()
    qtbot.waitUntil(lambda: window.errors != [], timeout=30000)
    assert window.errors == [refusal] and window.state.experiment.initial_weights == str(good)
    assert gui_loads == []


def test_a_kept_run_on_big_data_gets_its_final_pictures_from_the_background(qtbot, make_main_window, gui_loads,
                                                                          tmp_path):
    from engine import headless

    exp = experiment(DataSpec(name="moons", n_samples=300), loss="cross_entropy", steps=20)
    exp.dump(tmp_path / "exp.json")
    out = tmp_path / "run"
    assert headless.main([str(tmp_path / "exp.json"), "--out", str(out)]) == 0
    window = make_main_window(experiment(DataSpec(name="moons", n_samples=100)))
    gui_loads.clear()
    frames = []
    window.runs.show_requested.connect(frames.append)
    window.open_run(out)
    assert len(frames) == 1 and frames[0].pictures == {} and gui_loads == []   # the histories at once
    with qtbot.waitSignal(window.runs.show_requested, timeout=30000):
        pass
    assert gui_loads == [] and window.painter.frame is frames[1]
    boundary = frames[1].boundary
    final = Trainer(exp.replace(initial_weights=str(out / "weights.npz")))
    grid = np.column_stack([g.ravel() for g in np.meshgrid(boundary.xs, boundary.ys)])
    np.testing.assert_allclose(boundary.probabilities.reshape(-1, 2), final.predict(grid), rtol=1e-6, atol=1e-9)
    np.testing.assert_array_equal(frames[1].points.x, final.dataset.x_train)


def assert_saved_weights(path, net) -> None:
    expected = net.state_dict()
    with np.load(path, allow_pickle=False) as saved:
        assert set(saved.files) == set(expected)
        for name, value in expected.items():
            np.testing.assert_array_equal(saved[name], value)


def test_exporting_untrained_weights_of_big_data_needs_only_its_shape(qtbot, runner, gui_loads, held_builds,
                                                                     tmp_path):
    from engine.weight_layouts import ENGINE

    generated = experiment(DataSpec(name="spirals", classes=3, n_samples=600))
    runner.reset(generated)
    assert runner.state == "building"
    assert runner.save_weights(tmp_path / "generated.npz", ENGINE)      # during the build: from the spec's shape
    spreadsheet = experiment(csv_data(write_csv(tmp_path / "flowers.csv")))
    runner.reset(spreadsheet)
    with qtbot.waitSignal(runner.frame, timeout=30000):
        held_builds(False)
    assert runner.save_weights(tmp_path / "csv.npz", ENGINE)            # built elsewhere: the shape came with it
    assert gui_loads == []
    assert_saved_weights(tmp_path / "generated.npz", Trainer(generated).net)
    assert_saved_weights(tmp_path / "csv.npz", Trainer(spreadsheet).net)


def test_a_read_whose_process_fails_names_the_file_as_the_problem(qtbot, state_and_panels, gui_loads, held_builds,
                                                                  tmp_path):
    state, panel, _editor = state_and_panels(experiment(csv_data(write_csv(tmp_path / "flowers.csv"))))
    assert state.data_pending
    with qtbot.waitSignal(state.data_checked, timeout=5000):
        # What BackgroundCall reports when the child raised (here: ran out of memory) or died.
        state._csv_reader.failed.emit("MemoryError: cannot allocate 1.2 GB")
    assert not state.data_pending and (state.error.path, state.error.message) == (
        "data.csv_path", "MemoryError: cannot allocate 1.2 GB")
    assert panel.csv_error.text() == "MemoryError: cannot allocate 1.2 GB" and gui_loads == []
