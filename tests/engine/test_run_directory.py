"""A run folder always holds one whole run: interrupts, kills, bad output paths and a full disk
leave either the new run or what was there before (and never a traceback)."""
import csv
import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import headless, run_directory
from engine.run_directory import OutputError, RunDirectory
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec
from engine.trainer import Trainer

RUN_FILES = {"metrics.csv", "probes.csv", "weights.npz", "summary.json", "experiment.json", "README.txt"}


@pytest.fixture
def experiment_file(tmp_path):
    exp = Experiment(name="moons", data=DataSpec(name="moons", n_samples=60),
                     layers=(DenseSpec(units=4, activation="tanh"),), optimizer=OptimizerSpec("sgd", 0.1),
                     batch_size=12, epochs=None, steps=8)
    path = tmp_path / "exp.json"
    exp.dump(path)
    return path


def _folder_contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _metrics(out: Path) -> list[dict]:
    with open(out / "metrics.csv", newline="") as f:
        return list(csv.DictReader(f))


def test_a_second_run_replaces_the_first_whole(experiment_file, tmp_path):
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out), "--steps", "8"]) == 0
    assert {p.name for p in out.iterdir()} == RUN_FILES
    assert headless.main([str(experiment_file), "--out", str(out), "--steps", "3"]) == 0
    assert len(_metrics(out)) == 3 and json.loads((out / "summary.json").read_text())["steps"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json", "run"]   # no temporary sibling left


def test_a_kill_during_a_run_into_an_existing_run_leaves_the_old_run_untouched(experiment_file, tmp_path):
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out)]) == 0
    before = _folder_contents(out)
    # The second run kills itself (SIGKILL: no handler, no cleanup) after writing five steps.
    code = ("import os, signal, sys; from engine import headless, run_directory\n"
            "real = run_directory.RunRecorder.__call__\n"
            "def call(self, t):\n"
            "    real(self, t)\n"
            "    if t.step == 5: os.kill(os.getpid(), signal.SIGKILL)\n"
            "run_directory.RunRecorder.__call__ = call\n"
            "sys.exit(headless.main(sys.argv[1:]))")
    proc = subprocess.run([sys.executable, "-c", code, str(experiment_file), "--out", str(out), "--steps", "50"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == -signal.SIGKILL
    assert _folder_contents(out) == before


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_sigint_and_sigterm_stop_after_the_step_and_write_the_whole_run(experiment_file, tmp_path, monkeypatch,
                                                                         capsys, signum):
    real_call = run_directory.RunRecorder.__call__

    def signal_at_step_3(self, trainer):
        real_call(self, trainer)
        if trainer.step == 3:
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(run_directory.RunRecorder, "__call__", signal_at_step_3)
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out), "--steps", "100"]) == 128 + signum
    assert {p.name for p in out.iterdir()} == RUN_FILES
    assert len(_metrics(out)) == 3
    assert json.loads((out / "summary.json").read_text())["status"] == "stopped"
    assert "Traceback" not in capsys.readouterr().err
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_an_interrupt_before_training_writes_nothing_and_prints_no_traceback(experiment_file, tmp_path,
                                                                               monkeypatch, capsys):
    real_init = Trainer.__init__

    def interrupted_while_loading(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "__init__", interrupted_while_loading)
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out)]) == 130
    assert "nothing written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_an_interrupt_during_the_save_still_completes_the_run(experiment_file, tmp_path, monkeypatch):
    real_save = run_directory.save_weights

    def interrupted_save(net, path):
        os.kill(os.getpid(), signal.SIGINT)
        real_save(net, path)

    monkeypatch.setattr(run_directory, "save_weights", interrupted_save)
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out)]) == 130
    assert {p.name for p in out.iterdir()} == RUN_FILES
    assert json.loads((out / "summary.json").read_text())["status"] == "finished"


def test_a_full_disk_exits_1_and_leaves_the_previous_run(experiment_file, tmp_path, monkeypatch, capsys):
    out = tmp_path / "run"
    assert headless.main([str(experiment_file), "--out", str(out)]) == 0
    before = _folder_contents(out)

    def disk_full(net, path):
        Path(path).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(run_directory, "save_weights", disk_full)
    assert headless.main([str(experiment_file), "--out", str(out), "--steps", "2"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "nothing was written" in err and "Traceback" not in err
    assert _folder_contents(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json", "run"]


def test_running_out_of_memory_mid_run_writes_nothing(experiment_file, tmp_path, monkeypatch, capsys):
    # A MemoryError mid-run once left metrics.csv and probes.csv under their final names.
    real_call = run_directory.RunRecorder.__call__

    def out_of_memory_at_step_3(self, trainer):
        real_call(self, trainer)
        if trainer.step == 3:
            raise MemoryError

    monkeypatch.setattr(run_directory.RunRecorder, "__call__", out_of_memory_at_step_3)
    assert headless.main([str(experiment_file), "--out", str(tmp_path / "run")]) == 1
    err = capsys.readouterr().err
    assert "ran out of memory; nothing was written" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_empty_out_is_refused_and_nothing_lands_in_the_current_folder(experiment_file, tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.chdir(tmp_path)
    assert headless.main([str(experiment_file), "--out", ""]) == 2
    assert "--out: no folder given" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_out_below_a_file_is_refused(experiment_file, tmp_path, capsys):
    assert headless.main([str(experiment_file), "--out", str(experiment_file / "run")]) == 2
    assert f"--out: {experiment_file} is a file, not a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_a_folder_of_other_files_is_never_replaced(experiment_file, tmp_path, capsys):
    assert headless.main([str(experiment_file), "--out", str(tmp_path)]) == 2
    assert "already holds other files" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json"]


def test_a_folder_that_cannot_be_written_is_refused_before_training(experiment_file, tmp_path, monkeypatch,
                                                                     capsys):
    def read_only(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert headless.main([str(experiment_file), "--out", str(tmp_path / "a" / "run")]) == 2
    err = capsys.readouterr().err
    assert "--out: cannot write into" in err and "Permission denied" in err and "Traceback" not in err


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_path_in_proc_is_refused(experiment_file, capsys):
    assert headless.main([str(experiment_file), "--out", "/proc/backprop-run"]) == 2
    assert "--out: cannot write into /proc/backprop-run" in capsys.readouterr().err


def test_a_discarded_run_removes_the_folders_it_made(tmp_path):
    with pytest.raises(RuntimeError):
        with RunDirectory(tmp_path / "a" / "b" / "run") as run:
            run.write_text("summary.json", "{}")
            raise RuntimeError("a failure while writing")
    assert list(tmp_path.iterdir()) == []


def test_metrics_loss_is_computed_before_the_step_update_as_the_note_says(tmp_path):
    exp = Experiment(data=DataSpec(name="moons", n_samples=40, val_fraction=0.25),
                     layers=(DenseSpec(units=3, activation="tanh"),), batch_size=0, epochs=None, steps=2)
    by_hand = Trainer(exp)       # the same weights, evaluated on the whole training set by hand
    loss_before_update_1 = by_hand.evaluate(by_hand.x_train, by_hand.y_train, by_hand.labels_train)[0]
    by_hand.run(1)
    loss_before_update_2 = by_hand.evaluate(by_hand.x_train, by_hand.y_train, by_hand.labels_train)[0]
    run_directory.write_run(Trainer(exp), tmp_path / "run")
    losses = [float(r["loss"]) for r in _metrics(tmp_path / "run")]
    assert losses == pytest.approx([loss_before_update_1, loss_before_update_2], rel=1e-6)
    note = (tmp_path / "run" / "README.txt").read_text()
    assert "computed with the weights BEFORE the N-th update" in note


def test_the_cli_turns_a_ctrl_c_while_importing_into_exit_130(monkeypatch, capsys):
    from workbench import cli

    def interrupted_import(name):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.importlib, "import_module", interrupted_import)
    assert cli.main(["run", "x.json", "--out", "o"]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_output_error_is_a_value_error_naming_the_option():
    with pytest.raises(OutputError, match="^--out: no folder given"):
        RunDirectory("  ")
