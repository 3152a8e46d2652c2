"""The sweep executor and `backprop-workbench sweep`: same results.csv on every executor and worker
count, killed workers, resume, Ctrl+C, validation before anything runs.  Under the leak guard of
this folder's conftest, so every test also checks that no process or thread is left running."""
import concurrent.futures
import csv
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import distributed
import pytest

import sweep_faults
from engine import sweep as sw
from workbench import sweep_cli
from workbench.sweep_executor import Progress, SweepExecution

BASE = {"data": {"name": "moons", "n_samples": 60}, "loss": "cross_entropy", "steps": 20,
        "layers": [{"units": 4, "activation": "tanh"}]}
SWEEP = {"name": "tiny", "base": BASE, "grid": {"depth": [1, 2], "layers[*].activation": ["tanh", "relu"]}, "seeds": 2}
REPO = Path(__file__).resolve().parents[2]


def without_seconds(path):
    """results.csv's rows with the wall-clock column blanked: the one column that may differ."""
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["seconds"] = ""
    return rows


def execute(tmp_path, name, **options):
    out = tmp_path / name
    SweepExecution(sw.parse_sweep(SWEEP), out, **options).run()
    return out


def test_results_are_the_same_on_one_or_two_workers_and_on_dask(tmp_path):
    one = without_seconds(execute(tmp_path, "one", workers=1) / "results.csv")
    assert [(r["depth"], r["layers[*].activation"], r["seed"]) for r in one] == [
        (d, a, s) for d in ("1", "2") for a in ("tanh", "relu") for s in ("0", "1")]
    assert {r["status"] for r in one} == {"finished"} and {r["steps"] for r in one} == {"20"}
    runs = sw.expand(sw.parse_sweep(SWEEP))
    assert [r["run_id"] for r in one] == [r.run_id for r in runs]
    # Each row is the run's own summary.
    summary = json.loads((tmp_path / "one" / "runs" / one[5]["run_id"] / "summary.json").read_text())
    assert float(one[5]["val_loss"]) == summary["val_loss"]
    assert without_seconds(execute(tmp_path, "two", workers=2) / "results.csv") == one
    dask = execute(tmp_path, "dask", workers=2, scheduler="local", processes=False)
    assert without_seconds(dask / "results.csv") == one


def test_a_killed_worker_gets_its_run_retried_once(tmp_path):
    reference = without_seconds(execute(tmp_path, "reference", workers=2) / "results.csv")
    retried = execute(tmp_path, "retried", workers=2, task=sweep_faults.kill_worker_on_first_try_of_the_second_run)
    assert without_seconds(retried / "results.csv") == reference
    assert list((retried / "runs").glob(".*.partial")) == []      # the killed attempt's folder is gone


def test_a_run_that_kills_its_worker_twice_is_a_failed_row_and_the_others_finish(tmp_path):
    reference = without_seconds(execute(tmp_path, "reference", workers=2) / "results.csv")
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "killed", workers=2,
                               task=sweep_faults.kill_worker_every_time_for_seed_1)
    execution.run()
    rows = without_seconds(tmp_path / "killed" / "results.csv")
    assert [r["status"] for r in rows] == ["finished", "worker_died"] * 4
    assert [r for r in rows if r["seed"] == "0"] == [r for r in reference if r["seed"] == "0"]
    assert execution.progress().failures == 4
    # A rerun tries the dead runs again and skips the rest.
    again = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "killed", workers=2)
    again.run()
    assert again.progress().skipped == 4
    assert without_seconds(tmp_path / "killed" / "results.csv") == reference


@pytest.mark.timeout(120)
def test_a_worker_that_outlives_the_broken_pools_cleanup_is_killed_and_its_run_retried(tmp_path):
    reference = without_seconds(execute(tmp_path, "reference", workers=2) / "results.csv")
    survived = execute(tmp_path, "survived", workers=2, task=sweep_faults.outlive_terminate_beside_a_dying_worker)
    assert without_seconds(survived / "results.csv") == reference


def test_a_rerun_skips_finished_runs_and_an_edited_sweep_runs_only_what_changed(tmp_path):
    out = execute(tmp_path, "out", workers=2)
    mtimes = {p.name: p.stat().st_mtime_ns for p in (out / "runs").iterdir()}
    edited = {**SWEEP, "grid": {"depth": [1, 2, 3], "layers[*].activation": ["tanh", "relu"]}}
    execution = SweepExecution(sw.parse_sweep(edited), out, workers=2)
    execution.run()
    progress = execution.progress()
    assert (progress.total, progress.skipped, progress.done) == (12, 8, 12)
    assert {p.name: p.stat().st_mtime_ns for p in (out / "runs").iterdir() if p.name in mtimes} == mtimes
    assert len(without_seconds(out / "results.csv")) == 12


def test_stop_before_start_runs_nothing(tmp_path):
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "out", workers=2)
    execution.stop()
    execution.run()
    assert execution.progress().done == 0
    assert (tmp_path / "out" / "results.csv").read_text().count("\n") == 1     # the header


def test_progress_line_counts_runs_failures_and_eta():
    line = sweep_cli.format_progress(Progress(total=10, done=4, failures=1, skipped=2, elapsed_s=30.0))
    # 2 runs took 30 s: 6 left take 90 s.
    assert line == "[##########..............]  4/10 runs  1 failed  ETA 1:30  (2 already done)"
    assert sweep_cli.format_progress(Progress(3, 0, 0, 0, 1.0)).endswith("0/3 runs  0 failed  ETA --:--")


def test_an_invalid_sweep_exits_2_naming_field_and_value_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**SWEEP, "grid": {"layers[*].activation": ["tanh", "sigmod"]}}))
    assert sweep_cli.main([str(bad), "--out", str(tmp_path / "out")]) == 2
    assert ("error: grid.layers[*].activation: value 'sigmod' is refused: layers[0].activation: unknown value "
            "'sigmod'; did you mean 'sigmoid'?") in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert sweep_cli.main([str(tmp_path / "nope.json"), "--out", str(tmp_path / "out")]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize("executor", [[], ["--scheduler", "local"]], ids=["pool", "dask"])
def test_ctrl_c_stops_keeps_finished_runs_and_the_same_command_resumes(tmp_path, executor):
    sweep_file = tmp_path / "sweep.json"
    slow = {**SWEEP, "base": {**BASE, "steps": 1500}, "grid": {"layers[*].activation": ["tanh", "relu", "sigmoid"]},
            "seeds": 2}
    sweep_file.write_text(json.dumps(slow))
    out = tmp_path / "out"
    code = ("import sys; from workbench.cli import main; rc = main(sys.argv[1:]); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'superqt')]; "
            "assert not bad, bad; raise SystemExit(rc)")
    command = [sys.executable, "-c", code, "sweep", str(sweep_file), "--out", str(out), "--workers", "2", *executor]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    errors = tmp_path / "stderr.txt"
    with open(errors, "w") as stderr:
        # A session of its own, so Ctrl+C can go to the whole process group as a terminal sends it.
        proc = subprocess.Popen(command, stderr=stderr, text=True, env=env, start_new_session=True)
        runs = out / "runs"
        # Wait (bounded by the test timeout) until a run has finished, then press Ctrl+C.
        while not (runs.exists() and any(not p.name.startswith(".") for p in runs.iterdir())):
            with pytest.raises(subprocess.TimeoutExpired):
                proc.wait(timeout=0.05)
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=120) == 130
    err = errors.read_text()
    assert "stopped: finished runs are kept" in err and "KeyboardInterrupt" not in err
    if not executor:      # (Dask's own logger may log a comm error as the cluster closes under load)
        assert "Traceback" not in err
    rows = without_seconds(out / "results.csv")
    finished = [r for r in rows if r["status"] == "finished"]
    assert finished and len(rows) < 6
    assert {r["status"] for r in rows} <= {"finished", "stopped"}
    # Resume: the finished runs are skipped, everything else runs.
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"({len(finished)} already done)" in done.stderr
    rows = without_seconds(out / "results.csv")
    assert len(rows) == 6 and {r["status"] for r in rows} == {"finished"}


def test_local_dask_workers_run_without_the_statistical_profiler(tmp_path):
    # It samples a running run's stack every 10 ms, taking the interpreter lock from the run.
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "out", workers=2, scheduler="local",
                               task=sweep_faults.report_profiler)
    assert {row["message"] for row in execution.run().values()} == {"False"}


@pytest.mark.parametrize("scheduler", [None, "local"], ids=["pool", "dask"])
def test_workers_use_one_blas_thread_each(tmp_path, scheduler):
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "out", workers=2, scheduler=scheduler,
                               task=sweep_faults.report_blas_threads)
    assert {row["message"] for row in execution.run().values()} == {"1"}


def test_local_dask_workers_wake_their_event_loops_rarely(tmp_path):
    # Dask's defaults wake each worker's event loop every 20 ms (tick), 10 times a second (memory) and
    # twice a second (system monitor): Dask's threads then took 7% of a core beside two busy workers.
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "out", workers=2, scheduler="local",
                               task=sweep_faults.report_event_loop_timers)
    for row in execution.run().values():
        timers = json.loads(row["message"])
        assert (timers["tick"], timers["memory_monitor"], timers["monitor"]) == (1000, 1000, 5000)
        assert "profile" not in timers


@pytest.mark.parametrize("scheduler, workers_owner, close_method", [
    (None, concurrent.futures.ProcessPoolExecutor, "shutdown"),
    ("local", distributed.LocalCluster, "close")], ids=["pool", "dask"])
def test_the_last_row_comes_in_before_the_workers_are_shut_down(tmp_path, monkeypatch, scheduler, workers_owner,
                                                                close_method):
    """The benchmark's throughput ends at the last row: shutting the workers down is timed apart."""
    closed_at = []
    real_close = getattr(workers_owner, close_method)

    def close(self, *args, **kwargs):
        closed_at.append(time.monotonic())
        return real_close(self, *args, **kwargs)

    monkeypatch.setattr(workers_owner, close_method, close)
    execution = SweepExecution(sw.parse_sweep(SWEEP), tmp_path / "out", workers=2, scheduler=scheduler)
    execution.run()
    assert execution.submitted_at < execution.last_row_at <= closed_at[0] <= execution.ended_at


def test_a_run_refused_by_a_pool_that_just_broke_waits_for_the_next_pool(tmp_path, monkeypatch):
    """A worker can die between two looks at the pool: submit then raises BrokenProcessPool."""
    reference = without_seconds(execute(tmp_path, "reference", workers=2) / "results.csv")
    real_new_pool = SweepExecution._new_pool
    pools = []

    class BreaksAtSecondSubmit:
        def __init__(self, pool):
            self.pool, self.submits = pool, 0

        def submit(self, *args):
            self.submits += 1
            if len(pools) == 1 and self.submits == 2:
                raise BrokenProcessPool("a child process terminated abruptly")
            return self.pool.submit(*args)

        def __getattr__(self, name):        # the rest is the real pool's
            return getattr(self.pool, name)

    def new_pool(execution, stop):
        pools.append(BreaksAtSecondSubmit(real_new_pool(execution, stop)))
        return pools[-1]

    monkeypatch.setattr(SweepExecution, "_new_pool", new_pool)
    assert without_seconds(execute(tmp_path, "refused", workers=2) / "results.csv") == reference
    assert len(pools) == 2
