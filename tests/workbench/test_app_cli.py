"""The app's command line: --screenshot in a subprocess, unknown presets, argument errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.app import main, parse_args
from workbench.presets import preset_names

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_app(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "workbench", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_screenshot_writes_a_png_of_the_trained_window(tmp_path):
    out = tmp_path / "window.png"
    result = run_app("--screenshot", str(out), "--preset", "vanishing_sigmoid", "--steps", "50")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    assert "QThread" not in result.stderr and "Fatal" not in result.stderr


def test_unknown_preset_lists_the_available_ones(capsys):
    assert main(["--preset", "no_such_preset"]) == 2
    err = capsys.readouterr().err
    assert "no_such_preset" in err
    for name in preset_names():
        assert name in err


def test_unknown_options_are_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--frobnicate"])
    assert exit_info.value.code == 2
    assert "--frobnicate" in capsys.readouterr().err


def test_arguments_parse():
    args = parse_args(["--screenshot", "x.png", "--preset", "vanishing_sigmoid", "--steps", "7"])
    assert (args.screenshot, args.preset, args.steps) == (Path("x.png"), "vanishing_sigmoid", 7)


def test_default_preset_shows_what_it_promises():
    from engine.trainer import Trainer
    from workbench.presets import DEFAULT_PRESET, load_preset

    exp = load_preset(DEFAULT_PRESET)
    trainer = Trainer(exp)
    trainer.run(max_steps=100)
    assert trainer.diagnosis().verdict == exp.expected_diagnosis == "vanishing"
    with pytest.raises(KeyError, match="available presets"):
        load_preset("no_such_preset")


def test_screenshot_brings_the_named_docks_forward_and_refuses_unknown_ones(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from workbench.app import screenshot
    from workbench.main_window import MainWindow
    from workbench.presets import load_preset
    from workbench.state import ExperimentState

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ExperimentState(load_preset("zeros_init")), settings)   # screenshot() disposes of it
    raised = []
    window.distributions_dock.visibilityChanged.connect(lambda shown: shown and raised.append(True))
    assert screenshot(window, tmp_path / "w.png", 0, ["Distributions", "No such dock"]) == 1
    assert raised and (tmp_path / "w.png").read_bytes().startswith(PNG_SIGNATURE)


def test_screenshot_of_a_sweep_folder_pictures_the_sweep_view(tmp_path):
    from PySide6.QtGui import QImage

    from engine.sweep import parse_sweep
    from workbench.app import SWEEP_SCREENSHOT_SIZE
    from workbench.sweep_executor import SweepExecution

    base = {"data": {"name": "moons", "n_samples": 60}, "steps": 5, "layers": [{"units": 4}]}
    SweepExecution(parse_sweep({"base": base, "grid": {"depth": [1, 2]}}), tmp_path / "sweep", workers=1).run()
    out = tmp_path / "sweep.png"
    result = run_app("--screenshot", str(out), "--sweep", str(tmp_path / "sweep"))
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().toTuple() == SWEEP_SCREENSHOT_SIZE
    missing = run_app("--screenshot", str(tmp_path / "no.png"), "--sweep", str(tmp_path / "nothing here"))
    assert missing.returncode == 1 and "Cannot open" in missing.stderr and not (tmp_path / "no.png").exists()


def headless_runs(tmp_path, *learning_rates: float) -> list[Path]:
    from engine import headless
    from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec

    folders = []
    for lr in learning_rates:
        exp = Experiment(name="moons", data=DataSpec(name="moons", n_samples=60),
                         layers=(DenseSpec(units=4, activation="tanh"),), optimizer=OptimizerSpec("sgd", lr),
                         batch_size=12, epochs=None, steps=10)
        exp.dump(tmp_path / f"exp{lr}.json")
        folders.append(tmp_path / f"run{lr}")
        assert headless.main([str(tmp_path / f"exp{lr}.json"), "--out", str(folders[-1])]) == 0
    return folders


def test_screenshot_opens_and_compares_headless_runs(tmp_path):
    out = tmp_path / "compare.png"
    first, second = headless_runs(tmp_path, 0.1, 0.5)
    result = run_app("--screenshot", str(out), "--open-run", str(first), "--open-run", str(second))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(PNG_SIGNATURE)


def test_screenshot_of_a_run_folder_that_cannot_be_read_says_why(tmp_path):
    out = tmp_path / "compare.png"
    (good,) = headless_runs(tmp_path, 0.1)
    result = run_app("--screenshot", str(out), "--open-run", str(good), "--open-run", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert f"Cannot open the run in {tmp_path / 'missing'}: not a folder. It was skipped." in result.stderr
    assert out.read_bytes().startswith(PNG_SIGNATURE)     # the runs that could be read are still drawn


def test_open_run_arguments_train_nothing_unless_asked():
    assert parse_args(["--screenshot", "x.png", "--open-run", "a", "--open-run", "b"]).open_run == [Path("a"), Path("b")]
    assert parse_args(["--screenshot", "x.png", "--open-run", "a"]).steps == 0
    assert parse_args(["--screenshot", "x.png"]).steps == 300
    assert parse_args(["--screenshot", "x.png", "--open-run", "a", "--steps", "5"]).steps == 5
