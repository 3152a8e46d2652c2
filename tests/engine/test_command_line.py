"""What every headless command shares (engine.command_line through workbench.cli): running out of
memory and a reader that goes away."""
import os
import subprocess
import sys

import pytest

import engine.gradcheck_command
import engine.report
import engine.trainer
import workbench.sweep_cli
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec
from workbench import cli

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLOSED_PIPE_STATUS = 128 + 13       # what a shell reports for a program that SIGPIPE ended


@pytest.fixture
def experiment_file(tmp_path):
    exp = Experiment(name="tiny", data=DataSpec(name="moons", n_samples=60),
                     layers=(DenseSpec(units=4, activation="tanh"),), loss="cross_entropy",
                     optimizer=OptimizerSpec("sgd", 0.1), batch_size=20, epochs=None, steps=30)
    path = tmp_path / "exp.json"
    exp.dump(path)
    return path


def _out_of_memory(*_args, **_kwargs):
    raise MemoryError


# command -> (where it first needs much memory, its arguments with {exp} and {tmp} filled in)
MEMORY_HUNGRY = {
    "run": ((engine.trainer.Trainer, "__init__"), ["{exp}", "--out", "{tmp}/run"]),
    "explain": ((engine.trainer.Trainer, "__init__"), ["{exp}"]),
    "gradcheck": ((engine.gradcheck_command, "check_experiment"), ["{exp}"]),
    "report": ((engine.report, "read_run"), ["{tmp}", "--out", "{tmp}/report.html"]),
    "sweep": ((workbench.sweep_cli, "load_sweep"), ["{exp}", "--out", "{tmp}/sweep"]),
}


@pytest.mark.parametrize("command", sorted(MEMORY_HUNGRY))
def test_every_command_says_the_same_sentence_when_memory_runs_out(command, experiment_file, tmp_path,
                                                                    monkeypatch, capsys):
    (owner, name), args = MEMORY_HUNGRY[command]
    monkeypatch.setattr(owner, name, _out_of_memory)
    argv = [command, *(a.format(exp=experiment_file, tmp=tmp_path) for a in args)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err == ("error: not enough memory for this experiment; use fewer or smaller layers, fewer samples "
                   "or a smaller batch, or close other programs\n")


def _with_a_closed_pipe(closed: str, *args: str) -> tuple[int, str]:
    """Run ``python -m workbench ARGS`` with its ``closed`` pipe ("stdout" or "stderr") closed before
    it writes anything: its exit status and what it wrote on the other pipe."""
    env = {**os.environ, "PYTHONPATH": ROOT}
    child = subprocess.Popen([sys.executable, "-m", "workbench", *args], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    getattr(child, closed).close()      # the reader is gone (`| head -1` after its line)
    other = child.stderr if closed == "stdout" else child.stdout
    written = other.read()
    other.close()
    return child.wait(timeout=120), written


def test_gradcheck_into_a_pipe_closed_early_exits_quietly(experiment_file):
    # `backprop-workbench gradcheck EXP | head -1` printed a BrokenPipeError traceback.
    assert _with_a_closed_pipe("stdout", "gradcheck", str(experiment_file)) == (CLOSED_PIPE_STATUS, "")


def test_run_whose_output_pipe_is_closed_early_exits_quietly(experiment_file, tmp_path):
    # `backprop-workbench run EXP --out DIR 2>&1 | head -1`: its lines go to stderr, and the reader is gone.
    assert _with_a_closed_pipe("stderr", "run", str(experiment_file), "--out", str(tmp_path / "run")) == \
        (CLOSED_PIPE_STATUS, "")


def test_run_with_stdout_closed_still_trains_and_writes(experiment_file, tmp_path):
    # `run ... | head -1`: the run prints nothing on stdout, so a closed stdout changes nothing.
    status, err = _with_a_closed_pipe("stdout", "run", str(experiment_file), "--out", str(tmp_path / "run"))
    assert status == 0, err
    assert "Traceback" not in err and (tmp_path / "run" / "summary.json").is_file()
