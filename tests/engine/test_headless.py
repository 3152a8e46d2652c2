import csv
import json
import os
import signal
import subprocess
import sys

import numpy as np
import pytest

from engine import headless, run_directory
from engine.network import load_weights
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec


@pytest.fixture
def experiment_file(tmp_path):
    exp = Experiment(name="moons demo", data=DataSpec(name="moons", n_samples=120),
                     layers=(DenseSpec(units=6, activation="tanh"),) * 2, loss="cross_entropy",
                     optimizer=OptimizerSpec("sgd", 0.1), batch_size=24, epochs=3)
    path = tmp_path / "exp.json"
    exp.dump(path)
    return path


def _rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def test_run_writes_metrics_probes_weights_and_summary(experiment_file, tmp_path, capsys):
    out = tmp_path / "out"
    assert headless.main([str(experiment_file), "--out", str(out)]) == 0
    metrics = _rows(out / "metrics.csv")
    steps_per_epoch = 96 // 24
    assert [int(r["step"]) for r in metrics] == list(range(1, 3 * steps_per_epoch + 1))
    assert [int(r["epoch"]) for r in metrics] == [e for e in (1, 2, 3) for _ in range(steps_per_epoch)]
    epoch_ends = [r for r in metrics if r["val_loss"]]
    assert [int(r["step"]) for r in epoch_ends] == [4, 8, 12]
    assert all(float(r["val_acc"]) <= 1 for r in epoch_ends)
    probes = _rows(out / "probes.csv")
    assert len(probes) == len(metrics) * 3          # two hidden layers + the output layer
    assert {r["name"] for r in probes} == {"dense1 · tanh", "dense2 · tanh", "output"}
    assert all(float(r["grad_h"]) > 0 for r in probes)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == "finished" and summary["steps"] == 12
    assert summary["diagnosis"] in ("healthy", "vanishing", "exploding")
    assert summary["val_loss"] == pytest.approx(float(epoch_ends[-1]["val_loss"]))
    assert set(load_weights(out / "weights.npz")) >= {"dense1.W", "output.b"}
    assert not list(out.glob(".*"))                  # no partial files left behind


def test_steps_and_seed_override_the_experiment(experiment_file, tmp_path):
    outs = []
    for seed in (1, 1, 2):
        out = tmp_path / f"out{len(outs)}"
        assert headless.main([str(experiment_file), "--out", str(out), "--steps", "5", "--seed", str(seed)]) == 0
        outs.append(out)
    assert len(_rows(outs[0] / "metrics.csv")) == 5
    assert (outs[0] / "metrics.csv").read_text() == (outs[1] / "metrics.csv").read_text()
    assert (outs[0] / "metrics.csv").read_text() != (outs[2] / "metrics.csv").read_text()


@pytest.mark.parametrize("content, message", [
    ('{"layers": [{"units": 0}]}', "layers[0].units: must be a positive integer, got 0"),
    ('{"optimiser": {}}', "did you mean 'optimizer'"),
    ("{not json", "not valid JSON"),
])
def test_bad_input_exits_nonzero_with_the_message_and_writes_nothing(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    out = tmp_path / "out"
    assert headless.main([str(bad), "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_file_and_bad_steps(tmp_path, experiment_file, capsys):
    assert headless.main([str(tmp_path / "nope.json"), "--out", str(tmp_path / "o")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert headless.main([str(experiment_file), "--out", str(tmp_path / "o"), "--steps", "0"]) == 2
    assert "--steps: must be a positive integer" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_ctrl_c_stops_cleanly_and_still_writes_what_it_has(tmp_path, experiment_file, monkeypatch):
    real_call = run_directory.RunRecorder.__call__

    def interrupt_at_step_5(self, trainer):
        real_call(self, trainer)
        if trainer.step == 5:
            os.kill(os.getpid(), signal.SIGINT)     # a real Ctrl+C, delivered to the handler

    monkeypatch.setattr(run_directory.RunRecorder, "__call__", interrupt_at_step_5)
    # Python's own handler, or SIG_IGN when the suite was started in the background by a shell.
    before = signal.getsignal(signal.SIGINT)
    out = tmp_path / "out"
    assert headless.main([str(experiment_file), "--out", str(out), "--steps", "1000"]) == 130
    assert len(_rows(out / "metrics.csv")) == 5
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == "stopped" and summary["steps"] == 5
    assert signal.getsignal(signal.SIGINT) is before               # the run's handler is gone again


def test_console_entry_runs_headless_without_loading_qt(experiment_file, tmp_path):
    code = ("import sys; from workbench.cli import main; rc = main(sys.argv[1:]); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'superqt')]; "
            "assert not bad, bad; raise SystemExit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "run", str(experiment_file), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr and "step" in proc.stderr     # plain progress lines off a terminal
    assert np.isfinite(json.loads((tmp_path / "o" / "summary.json").read_text())["train_loss"])
