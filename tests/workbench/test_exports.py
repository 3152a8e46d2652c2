"""File → Export and File → Load Initial Weights…, driven through the menu with the file dialogs replaced."""
from __future__ import annotations

import ast
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec
from engine.trainer import Trainer
from engine.weight_layouts import ENGINE, PYTORCH, save_weights_as, to_layout

STEPS = 30


def small_experiment(**changes) -> Experiment:
    return Experiment(
        name="export demo", data=DataSpec(name="moons", n_samples=120, seed=1),
        layers=(DenseSpec(units=6, activation="tanh"), DenseSpec(units=5, activation="relu")),
        loss="cross_entropy", optimizer=OptimizerSpec(name="sgd", lr=0.1), batch_size=16, epochs=None,
        steps=STEPS, seed=2,
    ).replace(**changes)


def unexpected(*_):
    raise AssertionError("this dialog should not have been asked for")


@pytest.fixture
def window_on(make_main_window):
    def make(experiment=None):
        window = make_main_window(experiment or small_experiment())
        window.exports.ask_folder = window.exports.ask_save_path = window.exports.ask_open_path = unexpected
        return window
    return make


def run_to_the_end(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=20000)
    qtbot.waitUntil(lambda: window.exports.frame is not None and window.exports.frame.step == STEPS, timeout=5000)


def engine_run(exp):
    trainer = Trainer(exp)
    trainer.run()
    return trainer


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def test_the_file_menu_offers_export_and_load_initial_weights(window_on):
    window = window_on()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.exports.menu.menuAction() in file_menu.actions()
    assert window.exports.load_weights_action in file_menu.actions()
    names = [a.text() for a in window.exports.menu.actions() if a.text()]
    assert names[:2] == ["Experiment as &NumPy Code…", "Experiment as &PyTorch Code…"]
    assert "HTML &Report…" in names


@pytest.mark.parametrize("fmt", ["numpy", "pytorch"])
def test_export_as_code_writes_a_script_of_the_experiment_being_edited(qtbot, window_on, tmp_path, fmt):
    window = window_on()
    window.exports.ask_folder = lambda title: str(tmp_path / "code")
    action = window.exports.numpy_code_action if fmt == "numpy" else window.exports.pytorch_code_action
    action.trigger()
    assert window.errors == []
    script = tmp_path / "code" / "train.py"
    assert Experiment.load(tmp_path / "code" / "experiment.json") == window.state.experiment
    imports = {alias.name.split(".")[0] for node in ast.walk(ast.parse(script.read_text()))
               if isinstance(node, ast.Import) for alias in node.names}
    assert "numpy" in imports and ("torch" in imports) == (fmt == "pytorch")
    assert str(script) in window.statusBar().currentMessage()
    if fmt == "numpy":      # and it trains to the engine's losses
        subprocess.run([sys.executable, str(script), "--steps", "5"], check=True, capture_output=True, timeout=120)
        losses = [float(row["loss"]) for row in read_csv(tmp_path / "code" / "losses.csv")]
        trainer = Trainer(window.state.experiment, probes=False)
        trainer.run(max_steps=5)
        np.testing.assert_allclose(losses, trainer.history.snapshot()["loss"], rtol=1e-4)


def test_export_as_code_of_an_invalid_experiment_says_why(qtbot, window_on, tmp_path):
    window = window_on()
    window.state.replace(small_experiment(data=DataSpec(name="spirals", classes=3), loss="binary_cross_entropy"),
                         "Loss: binary cross-entropy")
    assert window.state.error is not None
    window.exports.numpy_code_action.trigger()            # no folder is asked for (ask_folder: unexpected)
    assert window.errors == ["Fix the experiment first: loss: binary_cross_entropy needs two classes and "
                             "spirals has more; use cross_entropy"]


def test_weights_before_a_run_are_the_untrained_network(qtbot, window_on, tmp_path):
    window = window_on()
    window.exports.ask_save_path = lambda title, filters: str(tmp_path / "initial")     # suffix added
    window.exports.engine_weights_action.trigger()
    with np.load(tmp_path / "initial.npz") as saved:
        expected = Trainer(small_experiment()).net.state_dict()
        assert sorted(saved.files) == sorted(expected)
        for name in expected:
            np.testing.assert_array_equal(saved[name], expected[name])


def test_weights_after_a_run_in_pytorch_layout_are_the_trained_network(qtbot, window_on, tmp_path):
    window = window_on()
    run_to_the_end(qtbot, window)
    window.exports.ask_save_path = lambda title, filters: str(tmp_path / "trained.npz")
    window.exports.pytorch_weights_action.trigger()
    assert window.errors == []
    trained = engine_run(small_experiment())           # same experiment and seed: the same run
    expected = to_layout(trained.net, PYTORCH)
    with np.load(tmp_path / "trained.npz") as saved:
        assert sorted(saved.files) == sorted(expected)
        assert saved["0.weight"].shape == (6, 2)
        for name in expected:
            np.testing.assert_array_equal(saved[name], expected[name])


def test_weights_while_training_ask_for_a_pause(qtbot, window_on, tmp_path):
    window = window_on(small_experiment(steps=10 ** 7))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=10000)
    window.exports.ask_save_path = lambda title, filters: str(tmp_path / "w.npz")
    window.exports.engine_weights_action.trigger()
    assert window.errors and "pause it" in window.errors[0]
    assert not (tmp_path / "w.npz").exists()
    qtbot.keyClick(window, Qt.Key.Key_Space)               # pause: the exact state comes with its weights
    qtbot.waitUntil(lambda: window.runner.state == "paused", timeout=10000)
    qtbot.waitUntil(lambda: window.runner.save_weights(tmp_path / "w.npz", ENGINE), timeout=10000)
    step = window.runner._latest.step
    trainer = Trainer(small_experiment(steps=10 ** 7))
    trainer.run(max_steps=step)
    with np.load(tmp_path / "w.npz") as saved:
        np.testing.assert_array_equal(saved["dense1.W"], trainer.net.state_dict()["dense1.W"])


def test_load_initial_weights_in_pytorch_layout(qtbot, window_on, tmp_path):
    window = window_on()
    source = Trainer(small_experiment(seed=9)).net
    save_weights_as(source, tmp_path / "torch.npz", PYTORCH)
    window.exports.ask_open_path = lambda title, filters: str(tmp_path / "torch.npz")
    window.exports.load_weights_action.trigger()
    assert window.errors == []
    assert window.state.experiment.initial_weights == str(tmp_path / "torch.npz")
    assert window.state.dirty                              # an undoable edit
    loaded = Trainer(window.state.experiment).net.state_dict()
    np.testing.assert_array_equal(loaded["dense1.W"], source.state_dict()["dense1.W"])


def test_load_initial_weights_of_another_network_is_refused_with_the_layer_and_shapes(qtbot, window_on, tmp_path):
    window = window_on()
    other = Trainer(small_experiment(layers=(DenseSpec(units=4, activation="tanh"),
                                             DenseSpec(units=5, activation="relu")))).net
    save_weights_as(other, tmp_path / "other.npz", PYTORCH)
    window.exports.ask_open_path = lambda title, filters: str(tmp_path / "other.npz")
    before = window.state.experiment
    window.exports.load_weights_action.trigger()
    assert window.state.experiment == before
    assert len(window.errors) == 1
    assert "layer dense1: '0.weight' has shape (4, 2) in the file but this network expects (6, 2)" in window.errors[0]
    assert "PyTorch state_dict layout" in window.errors[0]


def test_metrics_and_heatmap_values_after_a_run(qtbot, window_on, tmp_path):
    window = window_on()
    window.exports.ask_save_path = lambda title, filters: str(tmp_path / "early.csv")
    window.exports.step_metrics_action.trigger()           # nothing trained yet
    assert window.errors == ["There is nothing to export yet: run the experiment (F5) first."]
    window.errors.clear()
    run_to_the_end(qtbot, window)
    trained = engine_run(small_experiment())
    history = trained.history.snapshot()
    for action, name in ((window.exports.step_metrics_action, "steps"), (window.exports.epoch_metrics_action,
                                                                          "epochs"),
                         (window.exports.heatmap_action, "heatmap")):
        window.exports.ask_save_path = lambda title, filters, n=name: str(tmp_path / n)
        action.trigger()
    assert window.errors == []
    steps = read_csv(tmp_path / "steps.csv")
    assert [int(r["step"]) for r in steps] == list(range(1, STEPS + 1))
    np.testing.assert_array_equal([float(r["loss"]) for r in steps], history["loss"])
    np.testing.assert_array_equal([float(r["dense1.grad_w"]) for r in steps], history["L0.grad_w"])
    epochs = read_csv(tmp_path / "epochs.csv")
    expected_epochs = trained.epochs.snapshot()
    np.testing.assert_array_equal([float(r["val_loss"]) for r in epochs], expected_epochs["val_loss"])
    heat = read_csv(tmp_path / "heatmap.csv")
    metric = window.heatmap.metric
    assert list(heat[0]) == ["step", "width", f"dense1.{metric}", f"dense2.{metric}", f"output.{metric}"]
    np.testing.assert_array_equal([float(r[f"output.{metric}"]) for r in heat], history[f"L2.{metric}"])


def test_every_plot_exports_as_png_and_svg(qtbot, window_on, tmp_path):
    window = window_on()
    run_to_the_end(qtbot, window)
    window.exports.plots_menu.aboutToShow.emit()
    actions = window.exports.plots_menu.actions()
    titles = [a.text() for a in actions]
    assert "Gradient heatmap…" in titles and "Loss: loss…" in titles and "Decision boundary…" in titles
    assert len(set(titles)) == len(titles)                 # each plot has its own name
    for i, action in enumerate(actions):
        for suffix in (".png", ".svg"):
            window.exports.ask_save_path = lambda title, filters, p=tmp_path / f"plot{i}{suffix}": str(p)
            action.trigger()
            path = tmp_path / f"plot{i}{suffix}"
            if suffix == ".png":
                image = QImage(str(path))
                assert not image.isNull() and image.width() > 50 and image.height() > 50
            else:
                assert ET.parse(path).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert window.errors == []


def test_the_html_report_of_the_run_on_screen(qtbot, window_on, tmp_path):
    window = window_on()
    run_to_the_end(qtbot, window)
    window.exports.ask_save_path = lambda title, filters: str(tmp_path / "report")
    window.exports.report_action.trigger()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    frame = window.exports.frame
    assert "<h1>export demo</h1>" in page
    assert frame.diagnosis.message in page
    assert f"<tr><th>steps</th><td>{STEPS}</td></tr>" in page
    val_loss = float(frame.epochs["val_loss"][-1])
    assert f"<tr><th>validation loss</th><td>{val_loss:.4g}</td></tr>" in page
    assert page.count('src="data:image/svg+xml;base64,') == 3
    assert "dense, 6 units, tanh" in page


def test_the_reports_heatmap_uses_the_apps_colours():
    import pyqtgraph as pg

    from engine.report import INFERNO_STOPS
    from workbench.plots.style import HEATMAP_COLORMAP
    colormap = pg.colormap.get(HEATMAP_COLORMAP)
    for i, stop in enumerate(INFERNO_STOPS):
        r, g, b = colormap.map(i / (len(INFERNO_STOPS) - 1), mode="byte")[:3]
        assert stop == f"#{r:02x}{g:02x}{b:02x}"
