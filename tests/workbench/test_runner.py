"""TrainingRunner: a run in a child process steered from the GUI thread, reported in frames."""
from __future__ import annotations

import math
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import Trainer
from workbench.runner import BackgroundCall, RunFrame, TrainingRunner, boundary_axes

ROOT = Path(__file__).resolve().parents[2]

LONG = 10 ** 7   # steps: a run that only ends when told to


def small_experiment(**changes) -> Experiment:
    base = Experiment(
        data=DataSpec(name="spirals", classes=3, n_samples=200),
        layers=(DenseSpec(units=8, activation="tanh"), DenseSpec(units=8, activation="tanh")),
        optimizer=OptimizerSpec(name="sgd", lr=0.05), batch_size=16, epochs=None, steps=LONG)
    return base.replace(**changes)


class Recorder:
    """Keeps every frame and state a runner reports."""

    def __init__(self, runner: TrainingRunner):
        self.frames: list[RunFrame] = []
        self.states: list[str] = []
        self.failures: list[str] = []
        self.results = []
        runner.frame.connect(self.frames.append)
        runner.state_changed.connect(self.states.append)
        runner.failed.connect(self.failures.append)
        runner.finished.connect(self.results.append)

    @property
    def step(self) -> int:
        return self.frames[-1].step if self.frames else 0


def wait_state(qtbot, runner, state: str):
    if runner.state != state:
        with qtbot.waitSignal(runner.state_changed, timeout=5000,
                              check_params_cb=lambda s: s == state):
            pass


def training_children() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "backprop-training"]


def wait_ticks(qtbot, runner, n: int = 5) -> None:
    """Let n frame-timer ticks pass (event-driven, no sleep)."""
    for _ in range(n):
        with qtbot.waitSignal(runner.frame_timer.timeout, timeout=2000):
            pass


def test_frames_arrive_while_running_and_carry_copies(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step >= 50, timeout=10000)
    frame = seen.frames[-1]
    assert runner.state == "running"
    assert frame.total_steps == LONG
    assert len(frame.layer_names) == 3 and frame.layer_activations[:2] == ["tanh", "tanh"]
    assert len(frame.steps["loss"]) > 0 and np.isfinite(frame.steps["loss"]).all()
    assert frame.diagnosis.verdict in ("healthy", "vanishing", "exploding")
    # Frames hold copies: training on does not change an emitted snapshot.
    kept = frame.steps["loss"].copy()
    qtbot.waitUntil(lambda: seen.step > frame.step + 20, timeout=10000)
    np.testing.assert_array_equal(frame.steps["loss"], kept)


def test_frames_are_not_one_per_step(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step >= 2000, timeout=20000)
    assert len(seen.frames) < seen.step / 5


def test_pause_holds_the_step_and_resume_continues(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    runner.pause()
    wait_state(qtbot, runner, "paused")
    wait_ticks(qtbot, runner, 2)       # the frame showing the paused step has been drawn
    paused_at = seen.step
    frames_before = len(seen.frames)
    wait_ticks(qtbot, runner, 6)
    assert seen.step == paused_at
    assert len(seen.frames) == frames_before   # nothing changed, so nothing was emitted
    runner.resume()
    wait_state(qtbot, runner, "running")
    qtbot.waitUntil(lambda: seen.step > paused_at + 10, timeout=10000)


def test_step_once_from_paused_advances_exactly_one(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 5, timeout=10000)
    runner.pause()
    wait_state(qtbot, runner, "paused")
    wait_ticks(qtbot, runner, 2)
    before = seen.step
    runner.step_once()
    qtbot.waitUntil(lambda: seen.step == before + 1, timeout=5000)
    wait_ticks(qtbot, runner, 4)
    assert seen.step == before + 1
    assert runner.state == "paused"


def test_step_once_from_idle_builds_a_paused_trainer(qtbot, runner):
    seen = Recorder(runner)
    runner.step_once(small_experiment())
    qtbot.waitUntil(lambda: seen.step == 1 and runner.state == "paused", timeout=5000)
    runner.step_once()
    qtbot.waitUntil(lambda: seen.step == 2, timeout=5000)
    assert len(seen.frames[-1].steps["loss"]) == 2


def test_stop_ends_the_run_and_reports(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.stop()
    assert blocker.args[0].status == "stopped"
    assert runner.state == "stopped" and not runner.is_active
    assert not training_children()


def test_stop_while_paused(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    runner.pause()
    wait_state(qtbot, runner, "paused")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.stop()
    assert seen.states[-1] == "stopped"


def test_a_run_that_reaches_its_length_finishes(qtbot, runner):
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        runner.start(small_experiment(steps=30))
    assert blocker.args[0].status == "finished"
    assert seen.states[-1] == "finished"
    assert seen.frames[-1].step == 30 and seen.frames[-1].steps["step"][-1] == 30


def test_runner_trains_exactly_as_headless(qtbot, runner):
    """Same experiment, same seed: the GUI run (with boundary grids evaluated between steps)
    records the same losses as a plain Trainer."""
    exp = small_experiment(steps=200)
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        runner.start(exp)
    headless = Trainer(exp)
    headless.run()
    np.testing.assert_array_equal(seen.frames[-1].steps["loss"], headless.history.snapshot()["loss"])


def test_a_run_longer_than_the_history_arrives_whole(qtbot, runner):
    """Reports carry only the new rows until the History merges its older half (at 4096 rows):
    what the GUI puts together is the headless History, every column, in every frame."""
    exp = small_experiment(steps=5000)
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=60000):
        runner.start(exp)
    headless = Trainer(exp)
    headless.run()
    expected = headless.history.snapshot()
    assert seen.frames[-1].steps.keys() == expected.keys()
    for name, column in expected.items():
        np.testing.assert_array_equal(seen.frames[-1].steps[name], column, err_msg=name)
    for frame in seen.frames:
        steps = frame.steps["step"]
        assert (np.diff(steps) > 0).all() and frame.steps["width"].sum() == frame.step


def test_live_learning_rate_reaches_the_next_steps(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    runner.set_lr(0.0123)
    qtbot.waitUntil(lambda: seen.frames[-1].steps["lr"][-1] == pytest.approx(0.0123), timeout=5000)
    assert seen.frames[-1].steps["lr"][0] == pytest.approx(0.05)


def test_divergence_stops_with_finite_history(qtbot, runner):
    seen = Recorder(runner)
    exp = small_experiment(optimizer=OptimizerSpec(name="sgd", lr=1e6),
                           layers=(DenseSpec(units=16, activation="relu", init=InitSpec(name="he_normal")),) * 3)
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        runner.start(exp)
    assert blocker.args[0].status.startswith("diverged at step")
    assert seen.states[-1].startswith("diverged at step")
    frame = seen.frames[-1]
    assert frame.diagnosis.verdict == "diverged"
    assert np.isfinite(frame.steps["loss"]).all()
    assert int(seen.states[-1].rsplit(" ", 1)[1]) == frame.step + 1


def test_unbuildable_experiment_reports_failure_instead_of_raising(qtbot, runner, tmp_path):
    seen = Recorder(runner)
    bad = small_experiment(data=DataSpec(name="csv", csv_path=str(tmp_path / "missing.csv"), target="y"))
    assert runner.start(bad) is False
    assert seen.failures and "missing.csv" in seen.failures[0]
    assert not runner.is_active and runner.state == "idle"


def test_boundary_grid_for_2d_classification(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: bool(seen.frames) and seen.frames[-1].boundary is not None, timeout=10000)
    frame = seen.frames[-1]
    grid = frame.boundary
    assert grid.probabilities.shape == (80, 80, 3)
    np.testing.assert_allclose(grid.probabilities.sum(axis=-1), 1.0, rtol=1e-4)
    x = frame.points.x
    assert grid.xs[0] < x[:, 0].min() and grid.xs[-1] > x[:, 0].max()
    assert grid.ys[0] < x[:, 1].min() and grid.ys[-1] > x[:, 1].max()
    assert set(np.unique(frame.points.labels)) == {0, 1, 2}


def test_boundary_grid_matches_the_paused_model(qtbot, runner):
    """Paused: the grid shown is the prediction of the weights the run stopped at."""
    seen = Recorder(runner)
    exp = small_experiment(steps=40, data=DataSpec(name="moons", n_samples=200), loss="binary_cross_entropy")
    with qtbot.waitSignal(runner.finished, timeout=20000):
        runner.start(exp)
    grid = seen.frames[-1].boundary
    reference = Trainer(exp)
    reference.run()
    gx, gy = np.meshgrid(grid.xs, grid.ys)
    # the grid's resolution adapts to the machine's speed: take its own
    p1 = reference.predict(np.column_stack([gx.ravel(), gy.ravel()]))[:, 0].reshape(len(grid.ys), len(grid.xs))
    assert grid.step == 40
    np.testing.assert_allclose(grid.probabilities[..., 1], p1, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(grid.probabilities[..., 0], 1 - p1, rtol=1e-5, atol=1e-6)


def test_no_boundary_for_regression(qtbot, runner):
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        runner.start(small_experiment(steps=20, data=DataSpec(name="sine", n_samples=100), loss="mse"))
    assert seen.frames[-1].boundary is None and seen.frames[-1].points is None


def test_reset_clears_to_fresh_weights(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    runner.reset()
    assert runner.state == "idle" and not runner.is_active
    assert seen.frames[-1].step == 0 and len(seen.frames[-1].steps["loss"]) == 0


def test_run_resumes_a_paused_run_of_the_same_experiment(qtbot, runner):
    seen = Recorder(runner)
    exp = small_experiment()
    runner.run(exp)
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    runner.pause()
    wait_state(qtbot, runner, "paused")
    wait_ticks(qtbot, runner, 2)
    paused_at, frames_before = seen.step, len(seen.frames)
    runner.run(exp)
    qtbot.waitUntil(lambda: seen.step > paused_at + 5, timeout=10000)
    assert all(f.step >= paused_at for f in seen.frames[frames_before:])   # continued, not restarted


def test_shutdown_mid_run_ends_the_child_process(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    [child] = training_children()
    runner.shutdown()
    assert not runner.is_active
    assert not runner.frame_timer.isActive()
    assert not training_children()
    with pytest.raises(ValueError):   # joined and closed: nothing of it is left to ask
        child.is_alive()


def test_boundary_axes_add_a_margin():
    x = np.array([[0.0, -1.0], [2.0, 1.0]])
    xs, ys = boundary_axes(x, resolution=5, margin=0.1)
    np.testing.assert_allclose(xs, [-0.2, 0.4, 1.0, 1.6, 2.2])
    np.testing.assert_allclose(ys, [-1.2, -0.6, 0.0, 0.6, 1.2])
    assert math.isclose(xs[1] - xs[0], 0.6)


# ---------------------------------------------------------------- the child process

def test_pause_shows_the_exact_paused_state(qtbot, runner):
    """The child reports when it blocks paused: the last frame is that step's, boundary included,
    and nothing changes across later frames."""
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 20, timeout=10000)
    runner.pause()
    qtbot.waitUntil(lambda: runner.state == "paused" and seen.frames[-1].status == "paused", timeout=5000)
    frame = seen.frames[-1]
    assert frame.boundary.step == frame.step == frame.steps["step"][-1]
    wait_ticks(qtbot, runner, 6)
    assert seen.frames[-1].step == frame.step and runner.is_active


def test_learning_rate_is_checked_before_it_is_sent(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    with pytest.raises(ValueError, match="learning rate"):
        runner.set_lr(-1.0)
    runner.set_lr(0.02)
    qtbot.waitUntil(lambda: seen.frames[-1].steps["lr"][-1] == pytest.approx(0.02), timeout=5000)
    assert runner.state == "running" and not seen.failures


def test_a_killed_training_process_is_reported(qtbot, runner):
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    [child] = training_children()
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        child.terminate()
    assert "ended unexpectedly" in blocker.args[0] and f"exit code {-15}" in blocker.args[0]
    assert runner.state == "stopped" and not runner.is_active and not training_children()
    assert not seen.results                       # it did not finish: it failed
    assert seen.frames[-1].step > 10              # the last report stays on screen
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        runner.start(small_experiment(steps=20))  # and the next run works
    assert blocker.args[0].status == "finished"


def test_a_run_cut_short_by_max_steps_ends_stopped(qtbot, runner):
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        assert runner.start(small_experiment(), max_steps=30)
    assert blocker.args[0].status == "stopped" and blocker.args[0].steps == 30
    assert runner.state == "stopped" and not runner.is_active and not runner.is_paused
    assert seen.frames[-1].step == 30 and not training_children()


def test_window_survives_a_killed_training_process(qtbot, make_main_window):
    window = make_main_window(small_experiment())
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.runner.state == "running" and bool(training_children()), timeout=10000)
    training_children()[0].kill()
    qtbot.waitUntil(lambda: bool(window.errors), timeout=5000)
    assert "training process ended unexpectedly" in window.errors[0].lower()
    assert window.controls.state_label.text() == "Stopped"
    (record,) = window.runs.records          # the run stays listed, with what it reported, as failed
    assert record.status == "failed" and record.folder is None and not window.runs.is_live(record)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=10000)


def test_window_after_a_max_steps_run_offers_run_not_resume(qtbot, make_main_window):
    window = make_main_window(small_experiment())
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        window.runner.start(window.state.experiment, max_steps=30)    # what --screenshot does
    controls = window.controls
    assert controls.state_label.text() == "Stopped"
    assert controls.pause_action.iconText() == "Pause" and not controls.pause_action.isEnabled()
    assert controls.run_action.isEnabled()
    frames = []
    window.runner.frame.connect(frames.append)
    qtbot.keyClick(window, Qt.Key.Key_F5)                  # a fresh run, not a resumed one
    qtbot.waitUntil(lambda: bool(frames) and frames[-1].step > 0, timeout=10000)
    assert frames[-1].steps["step"][0] == 1


def test_closing_the_window_mid_run_ends_the_child(qtbot, make_main_window):
    window = make_main_window(small_experiment())
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.runner.state == "running" and bool(training_children()), timeout=10000)
    assert window.close()
    assert not training_children() and not window.runner.is_active


CHILD_PROBE = '''
import sys
from PySide6.QtCore import QCoreApplication, QEventLoop   # the main script loads Qt
if __name__ != "__main__":
    print("main script re-run in the child", file=sys.stderr)

from engine.spec import DataSpec, Experiment
from workbench.runner import TrainingRunner

if __name__ == "__main__":
    app = QCoreApplication([])
    runner = TrainingRunner()
    loop = QEventLoop()
    qt_in_child = []

    def look(frame):
        if frame.step > 0 and not qt_in_child:
            [child] = [p for p in __import__("multiprocessing").active_children()]
            with open(f"/proc/{child.pid}/maps") as maps:
                qt_in_child.append("libQt6" in maps.read())
            loop.quit()

    runner.frame.connect(look)
    runner.start(Experiment(data=DataSpec(name="moons", n_samples=100), loss="binary_cross_entropy",
                            epochs=None, steps=10 ** 7))
    loop.exec()
    runner.shutdown()
    print("qt in child:", qt_in_child)
'''


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the child's /proc maps")
def test_the_child_loads_no_qt_even_when_the_main_script_does(tmp_path):
    script = tmp_path / "probe.py"
    script.write_text(CHILD_PROBE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "qt in child: [False]" in result.stdout
    assert "re-run" not in result.stderr and "Traceback" not in result.stderr


LEAKY_TEST = '''
import multiprocessing
import time

def test_leaks_a_child_process():
    multiprocessing.get_context("spawn").Process(target=time.sleep, args=(60,), name="forgotten-child",
                                                 daemon=True).start()
'''


def test_leak_guard_fails_a_test_that_leaves_a_child_process(tmp_path):
    import shutil
    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "test_leaky.py").write_text(LEAKY_TEST)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    assert "1 passed, 1 error" in result.stdout, result.stdout
    assert "child process still running: forgotten-child" in result.stdout


def test_reports_after_a_merge_resend_only_the_rows_from_the_first_merged_one():
    from engine.trainer import KEEP_FIRST_STEPS
    from workbench.training_process import Publisher, RowBuffer

    trainer = Trainer(small_experiment(steps=5000, probe_every=100), probes=False)
    reports = []
    publisher = Publisher(trainer, reports.append)
    publisher.painters = {}   # only the history matters here
    buffer = RowBuffer()
    handed_out = []
    for chunk in (2000, 2000, 1000):   # the History (4,096 rows) merges during the third chunk
        trainer.run(max_steps=chunk)
        publisher.publish()
        rows = buffer.take(reports[-1])
        handed_out.append(rows)   # the columns themselves, as a frame holds them
        if len(handed_out) == 2:
            expected_second = trainer.history.snapshot()["loss"][KEEP_FIRST_STEPS:].copy()
        expected = trainer.history.snapshot()
        assert rows.keys() == expected.keys()
        for name in expected:
            np.testing.assert_array_equal(rows[name], expected[name])
        assert rows["step"].dtype == np.int64
    # Whole, then the 2,000 new rows, then (merged) everything from the first row that can merge.
    assert [r.first_row for r in reports] == [0, 2000, KEEP_FIRST_STEPS]
    assert [len(r.rows) for r in reports] == [2000, 2000, len(trainer.history) - KEEP_FIRST_STEPS]
    # Columns handed out earlier were not changed by the merge that rewrote their rows.
    np.testing.assert_array_equal(handed_out[1]["loss"][KEEP_FIRST_STEPS:], expected_second)


def test_the_report_buffer_stays_bounded_however_often_the_history_merges():
    # Each merge once doubled the buffer: a window run died of MemoryError after ~15,000 steps.
    from workbench.training_process import Publisher, RowBuffer

    trainer = Trainer(small_experiment(steps=40_000, probe_every=1000), probes=False)
    reports = []
    publisher = Publisher(trainer, reports.append)
    publisher.painters = {}
    buffer = RowBuffer()
    merges_seen = 0
    while trainer.step < 40_000:
        trainer.run(max_steps=500)
        publisher.publish()
        rows = buffer.take(reports[-1])
        merges_seen = trainer.history.merges
    assert merges_seen >= 15
    np.testing.assert_array_equal(rows["loss"], trainer.history.snapshot()["loss"])
    assert len(buffer._block) <= 2 * trainer.history.capacity


class SlowNet:
    """Costs ``seconds_per_point`` of its fake clock ``now[0]`` for every grid point it predicts."""

    def __init__(self, step: int, seconds_per_point: float, classes: int):
        self.step, self.seconds_per_point, self.classes = step, seconds_per_point, classes
        self.now = [0.0]

    def predict(self, points):
        self.now[0] += len(points) * self.seconds_per_point
        return np.full((len(points), self.classes), 1 / self.classes)


def slow_net_and_boundary_painter(step: int, seconds_per_point: float, classes: int, x_train: np.ndarray):
    """A SlowNet and a boundary painter timing it on the net's fake clock."""
    from types import SimpleNamespace

    from workbench.training_process import BoundaryEvaluator
    net = SlowNet(step, seconds_per_point, classes)
    return net, BoundaryEvaluator(SimpleNamespace(x_train=x_train), clock=lambda: net.now[0])


def test_a_costly_network_gets_a_coarser_boundary_not_a_rarer_one():
    from workbench.training_process import BOUNDARY_MIN_RESOLUTION, BOUNDARY_SHARE, BOUNDARY_TARGET_S
    net, painter = slow_net_and_boundary_painter(step=7, seconds_per_point=1e-5, classes=3,
                                                 x_train=np.array([[0.0, 0.0], [1.0, 2.0]]))
    now = net.now
    start = now[0]
    first = painter(net)
    # Timed on a 24 x 24 grid first: 1e-5 s a point and a budget of 2% of 0.45 s = 9 ms give
    # sqrt(900) = 30 points a side, already for the first picture.
    assert first.probabilities.shape == (30, 30, 3) and first.step == 7
    assert now[0] - start == pytest.approx((24 * 24 + 30 * 30) * 1e-5)
    assert painter.resolution == 30
    start = now[0]
    second = painter(net)
    assert second.probabilities.shape == (30, 30, 3)
    assert second.extent == first.extent
    cost = now[0] - start
    assert cost == pytest.approx(30 * 30 * 1e-5)
    net.seconds_per_point = 1e-7                              # a cheap net: the full 80 x 80
    # The running cost halves towards 1e-7 a grid: 5.05e-6 (sqrt(0.009 / 5.05e-6) = 42.2 a side),
    # 2.6e-6 (59), 1.3e-6 (82 > 80).
    for side in (42, 59, 80):
        painter(net)
        assert painter.resolution == side
    net.seconds_per_point = 1e-5
    # The publisher spaces grids by cost / share: 0.45 s (to rounding), so more than 2 grids a second.
    assert max(painter.interval_s, cost / BOUNDARY_SHARE) == pytest.approx(BOUNDARY_TARGET_S)
    assert BOUNDARY_TARGET_S < 0.5

    net.seconds_per_point = 1.0                               # absurdly slow: the coarsest grid
    painter(net)
    painter(net)
    assert painter.resolution == BOUNDARY_MIN_RESOLUTION


def test_a_paused_or_finished_runs_boundary_is_as_fine_as_its_larger_budget_allows():
    from workbench.training_process import BOUNDARY_AT_REST_S, BOUNDARY_RESOLUTION
    net, painter = slow_net_and_boundary_painter(step=3, seconds_per_point=1.6e-4, classes=2,
                                                 x_train=np.array([[0.0, 0.0], [1.0, 1.0]]))
    now = net.now
    assert painter(net).probabilities.shape[:2] == (12, 12)       # live: sqrt(13.5 ms / 0.16 ms) = 9.2 -> the least
    # At rest: sqrt(0.25 s / 0.16 ms) = 39.5 -> 39 points a side, within the 0.25 s it may take.
    start = now[0]
    rest = painter.at_rest(net)
    assert rest.probabilities.shape[:2] == (39, 39) and now[0] - start <= BOUNDARY_AT_REST_S
    assert painter(net).probabilities.shape[:2] == (12, 12)       # running again: the live grain
    net.seconds_per_point = 1e-7
    for _ in range(12):        # the running estimate of the cost per point follows the cheaper net
        painter(net)
    assert painter.at_rest(net).probabilities.shape[:2] == (BOUNDARY_RESOLUTION,) * 2


def test_the_publisher_paints_at_rest_pictures_for_a_pause_or_the_end():
    from types import SimpleNamespace

    from workbench.training_process import Publisher
    trainer = Trainer(small_experiment(steps=3))
    sent = []
    publisher = Publisher(trainer, sent.append)
    calls = []

    class Painter:
        interval_s, share = 0.0, 1.0

        def __call__(self, t):
            calls.append("live")
            return SimpleNamespace(step=t.step)

        def at_rest(self, t):
            calls.append("at rest")
            return SimpleNamespace(step=t.step)

    publisher.painters = {"picture": Painter()}
    publisher.next_picture = {"picture": 0.0}
    publisher.publish(fresh_pictures=False)
    trainer.run(1)
    publisher.publish(fresh_pictures=True)
    assert calls == ["live", "at rest"]
    publisher.publish(fresh_pictures=True)          # the same exact state again: nothing new to paint
    trainer.run(1)
    publisher.publish(fresh_pictures=False)
    publisher.publish(fresh_pictures=True)          # a live picture of the step the run stopped at
    assert calls == ["live", "at rest", "live", "at rest"]


def test_a_painter_with_a_max_interval_is_never_held_back_longer_by_one_costly_picture(monkeypatch):
    import workbench.training_process as tp

    trainer = Trainer(small_experiment(steps=3))
    clock = [100.0]

    class CostlyOnce:
        interval_s, share, max_interval_s = 0.1, 0.03, 0.45

        def __call__(self, trainer):
            clock[0] += 0.3          # 0.3 s / 3% would wait 10 s before the next picture
            return type("Picture", (), {"step": trainer.step})()

    publisher = tp.Publisher(trainer, lambda report: None)
    publisher.painters = {"costly": CostlyOnce()}
    publisher.next_picture = {"costly": 0.0}
    monkeypatch.setattr(tp.time, "perf_counter", lambda: clock[0])
    publisher.paint(every=False)
    assert publisher.next_picture["costly"] == pytest.approx(100.3 + 0.45)


def test_steps_per_second_is_smoothed_with_the_newest_measurement_weighted_0_3(qtbot, runner, monkeypatch):
    import dataclasses

    from workbench import runner as runner_module
    clock = [1000.0]
    monkeypatch.setattr(runner_module.time, "monotonic", lambda: clock[0])
    recorder = Recorder(runner)
    runner.reset(small_experiment())
    for now, step in ((1001.0, 100), (1002.0, 400)):        # 100 steps/s, then 300 steps/s
        clock[0] = now
        runner._latest = dataclasses.replace(runner._latest, step=step)
        runner._measure_rate()
    runner._emit_frame()
    # the first measurement is taken as it is; then 0.3 * newest + 0.7 * previous = 0.3*300 + 0.7*100
    assert recorder.frames[-1].steps_per_s == pytest.approx(160.0, rel=1e-12)


def test_a_half_sent_report_never_blocks_the_gui_thread():
    """A frozen child stopped mid-report once blocked the GUI thread in Connection.recv forever:
    the reader thread waits for the rest, the GUI only takes complete reports."""
    import struct
    from workbench.runner import ReportReader

    receiving, sending = multiprocessing.Pipe(duplex=False)
    reader = ReportReader(receiving)
    sending.send("a whole report")
    os.write(sending.fileno(), struct.pack("!i", 1000) + b"only the first bytes")   # then the child froze
    reports = []
    while not reports:     # the whole report arrives; the partial one is never handed out
        reports += reader.take()
        reader.closed.wait(0.01)
    assert reports == ["a whole report"] and reader.take() == [] and not reader.closed.is_set()
    sending.close()        # the child is killed: its end of the pipe closes
    reader.join()
    assert reader.closed.is_set() and reader.take() == []
    receiving.close()


def test_a_frozen_training_process_neither_blocks_frames_nor_closing(qtbot, runner):
    import signal
    seen = Recorder(runner)
    runner.start(small_experiment())
    qtbot.waitUntil(lambda: seen.step > 10, timeout=10000)
    [child] = training_children()
    os.kill(child.pid, signal.SIGSTOP)      # frozen, perhaps in the middle of writing a report
    for _ in range(3):                      # the frame timer keeps ticking on the GUI thread
        with qtbot.waitSignal(runner.frame_timer.timeout, timeout=2000):
            pass
    runner.shutdown()                       # bounded: stop, terminate, then kill (a stopped child ignores terminate)
    assert not runner.is_active and not training_children()


def test_a_big_untrained_net_is_drawn_from_a_background_process_and_a_small_one_at_once(qtbot, runner):
    from workbench.runner import IDLE_PICTURES_INLINE_PARAMETERS

    recorder = Recorder(runner)
    small = small_experiment()
    runner.reset(small)                       # 2 x 8 units: a few hundred parameters
    assert "boundary" in recorder.frames[-1].pictures
    big = small_experiment(layers=(DenseSpec(units=128, activation="tanh"),) * 3)
    assert 2 * 128 + 2 * 128 * 128 > IDLE_PICTURES_INLINE_PARAMETERS
    runner.reset(big)
    assert recorder.frames[-1].pictures == {}      # the window is not kept waiting for them
    with qtbot.waitSignal(runner.frame, timeout=30000):
        pass
    grid = recorder.frames[-1].pictures["boundary"]
    assert set(recorder.frames[-1].pictures) == {"boundary", "distributions", "network"}
    # The untrained net of this experiment, as a trainer built here predicts it on the same grid.
    gx, gy = np.meshgrid(grid.xs, grid.ys)
    expected = Trainer(big).predict(np.column_stack([gx.ravel(), gy.ravel()]))
    np.testing.assert_allclose(grid.probabilities.reshape(-1, 3), expected, rtol=1e-6, atol=1e-9)
    assert grid.step == 0 and runner.state == "idle"


def test_starting_a_run_paints_no_idle_picture_on_the_gui_thread(qtbot, runner, monkeypatch):
    """The training process's first report brings the pictures: painting the untrained net's here
    first only kept the window waiting when Run was pressed."""
    from workbench.training_process import BoundaryEvaluator

    painted = []
    original = BoundaryEvaluator.__call__
    monkeypatch.setattr(BoundaryEvaluator, "__call__", lambda self, trainer: painted.append(1) or original(self, trainer))
    recorder = Recorder(runner)
    runner.start(small_experiment())
    assert painted == []
    qtbot.waitUntil(lambda: bool(recorder.frames) and "boundary" in recorder.frames[-1].pictures, timeout=20000)
    runner.reset(small_experiment())          # idle again: the untrained net's picture, here
    assert painted == [1] and "boundary" in recorder.frames[-1].pictures


def test_the_training_process_keeps_to_one_blas_thread(qtbot):
    """Measured from inside a real training process: the window's children never spread BLAS over
    the cores the window and the other runs need."""
    import sweep_faults

    call = BackgroundCall()
    with qtbot.waitSignal(call.done, timeout=30000) as done:
        call.start(sweep_faults.blas_threads)
    assert done.args == [[1]]
    call.deleteLater()


def test_a_picture_wanted_while_a_big_net_is_drawn_in_the_background_follows_without_a_restart(qtbot, runner):
    recorder = Recorder(runner)
    runner.want_pictures(frozenset({"boundary"}))
    runner.reset(small_experiment(layers=(DenseSpec(units=128, activation="tanh"),) * 3))
    job = runner._idle_painter._process
    assert job is not None
    runner.want_pictures(frozenset({"boundary", "network"}))     # its view shown meanwhile
    assert runner._idle_painter._process is job                   # the job in flight goes on
    qtbot.waitUntil(lambda: bool(recorder.frames) and {"boundary", "network"} <= set(recorder.frames[-1].pictures),
                    timeout=60000)
    assert "distributions" not in recorder.frames[-1].pictures    # wanted by no view: never painted


# ---------------------------------------------------------------- big networks: built away from the GUI thread
SMALL_NET_PARAMETERS = (2 * 8 + 8) + (8 * 8 + 8) + (8 * 3 + 3)      # small_experiment(): 2 inputs, 8, 8, 3 classes


@pytest.fixture
def big_nets(monkeypatch) -> list:
    """Networks over 100 parameters count as big (the threshold lowered so the tests stay small and
    fast); returns the experiments whose Trainer the GUI thread built."""
    import workbench.main_window as main_window_module
    import workbench.runner as runner_module

    monkeypatch.setattr(runner_module, "BUILD_INLINE_PARAMETERS", 100)
    built_here = []
    real = runner_module.Trainer
    for module in (runner_module, main_window_module):
        monkeypatch.setattr(module, "Trainer", lambda experiment, *args, **kwargs: built_here.append(experiment) or real(
            experiment, *args, **kwargs))
    return built_here


def grid_predictions(trainer: Trainer, grid) -> np.ndarray:
    gx, gy = np.meshgrid(grid.xs, grid.ys)
    return trainer.predict(np.column_stack([gx.ravel(), gy.ravel()]))


def test_a_big_networks_reset_returns_before_it_is_built_and_its_frame_follows(qtbot, runner, big_nets):
    recorder = Recorder(runner)
    exp = small_experiment()
    runner.reset(exp)
    assert recorder.frames == [] and runner.state == "building" and not runner.has_frame
    assert runner.parameters == SMALL_NET_PARAMETERS and runner.experiment == exp
    with qtbot.waitSignal(runner.frame, timeout=30000):
        pass
    assert recorder.states == ["building", "idle"] and runner.has_frame
    # The frame a build here would give: the same layers, length and points, the same untrained net.
    frame, reference = recorder.frames[-1], Trainer(exp)
    assert (frame.layer_names, frame.layer_activations) == (reference.layer_names, reference.layer_activations)
    assert (frame.status, frame.step, frame.total_steps) == ("idle", 0, reference.total_steps)
    np.testing.assert_array_equal(frame.points.x, reference.dataset.x_train)
    assert set(frame.pictures) == frame.picture_names == {"boundary", "distributions", "network"}
    grid = frame.pictures["boundary"]
    np.testing.assert_allclose(grid.probabilities.reshape(-1, 3), grid_predictions(reference, grid), rtol=1e-6,
                               atol=1e-9)
    assert big_nets == []          # no trainer of it was built on the GUI thread


def test_a_newer_reset_supersedes_a_build_in_progress(qtbot, runner, big_nets):
    recorder = Recorder(runner)
    older, newer = small_experiment(), small_experiment(seed=7)
    runner.reset(older)
    job = runner._idle_painter._process
    runner.reset(older)                 # Reset again meanwhile: the same fresh weights, the same build
    assert runner._idle_painter._process is job
    runner.reset(newer)
    assert runner._idle_painter._process is not job
    with qtbot.waitSignal(runner.frame, timeout=30000):
        pass
    assert not runner._idle_painter.running
    assert [frame.experiment for frame in recorder.frames] == [newer]
    grid = recorder.frames[-1].pictures["boundary"]
    np.testing.assert_allclose(grid.probabilities.reshape(-1, 3), grid_predictions(Trainer(newer), grid), rtol=1e-6,
                               atol=1e-9)
    # A small network built here supersedes a big one's build as well: its frame at once, and no other.
    tiny = small_experiment(layers=(DenseSpec(units=2, activation="tanh"),))
    runner.reset(older)
    runner.reset(tiny)
    assert not runner._idle_painter.running
    assert [frame.experiment for frame in recorder.frames] == [newer, tiny] and runner.state == "idle"


def test_a_big_network_that_cannot_be_built_reports_it_as_a_build_here_does(qtbot, runner, big_nets, tmp_path):
    from engine.weight_layouts import save_weights_as

    weights = tmp_path / "other_net.npz"     # weights of another shape: found only when the net is built
    save_weights_as(Trainer(small_experiment(layers=(DenseSpec(units=4, activation="tanh"),))).net, weights)
    exp = small_experiment(initial_weights=str(weights))
    with pytest.raises(ValueError) as raised:
        Trainer(exp)
    expected = f"Cannot build this experiment: {raised.value}"
    big_nets.clear()
    recorder = Recorder(runner)
    with qtbot.waitSignal(runner.failed, timeout=30000):
        runner.reset(exp)
    assert recorder.failures == [expected] and recorder.frames == []
    assert runner.state == "idle" and not runner.has_frame
    with qtbot.waitSignal(runner.ended, timeout=30000):     # Run: the training process builds it, and fails alike
        assert runner.start(exp)
    assert recorder.failures == [expected, expected] and recorder.frames == []
    assert not runner.is_active and not runner.has_frame and big_nets == []


def test_run_during_a_build_starts_training_at_once(qtbot, runner, big_nets):
    recorder = Recorder(runner)
    exp = small_experiment()
    runner.reset(exp)
    assert runner.run(exp)
    # The training process builds its own trainer: the background build is dropped, nothing waited for it.
    assert runner.is_active and not runner._idle_painter.running and runner.state == "building"
    qtbot.waitUntil(lambda: bool(recorder.frames) and recorder.frames[-1].step > 5, timeout=30000)
    assert runner.state == "running" and recorder.states == ["building", "running"]
    assert all(frame.status == "running" for frame in recorder.frames)    # never the dropped build's idle frame
    assert recorder.frames[-1].layer_names == Trainer(exp).layer_names
    assert big_nets == []


def test_a_step_during_a_build_trains_one_step_exactly_as_headless(qtbot, runner, big_nets):
    recorder = Recorder(runner)
    exp = small_experiment()
    runner.reset(exp)
    runner.step_once(exp)
    wait_state(qtbot, runner, "paused")
    headless = Trainer(exp)
    headless.run(1)
    assert recorder.frames[-1].step == 1
    np.testing.assert_array_equal(recorder.frames[-1].steps["loss"], headless.history.snapshot()["loss"])
    assert big_nets == []


def test_a_big_networks_run_trains_exactly_as_headless(qtbot, runner, big_nets):
    exp = small_experiment(steps=200)
    seen = Recorder(runner)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        runner.start(exp)
    assert big_nets == [] and seen.frames[-1].experiment == exp
    headless = Trainer(exp)
    headless.run()
    np.testing.assert_array_equal(seen.frames[-1].steps["loss"], headless.history.snapshot()["loss"])


def test_the_window_says_a_big_network_is_being_built_and_closing_meanwhile_leaves_no_process(
        qtbot, make_main_window, big_nets, held_builds):
    window = make_main_window(small_experiment())          # opening resets to the untrained network: a big one
    covers = window.problem_notice.covers
    assert window.runner.state == "building" and all(cover.isVisible() for cover in covers)
    assert f"Building the network ({SMALL_NET_PARAMETERS:,} parameters)" in covers[0].text()
    assert window.controls.state_label.text() == "Building"
    with qtbot.waitSignal(window.runner.frame, timeout=30000):
        held_builds(False)
    assert not any(cover.isVisible() for cover in covers) and window.controls.state_label.text() == "Idle"
    held_builds(True)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)   # Reset: built anew
    assert window.runner.state == "building" and all(cover.isVisible() for cover in covers)
    assert window.close()
    background = [p for p in multiprocessing.active_children() if p.name == "backprop-background"]
    assert background == [] and not training_children()


def test_file_open_of_a_big_network_waits_for_no_weights_and_a_late_problem_is_reported(
        qtbot, make_main_window, big_nets, tmp_path):
    from engine.weight_layouts import save_weights_as

    tiny = small_experiment(layers=(DenseSpec(units=2, activation="tanh"),))     # 15 parameters: built here
    window = make_main_window(tiny)
    assert window.runner.has_frame and big_nets == [tiny]
    frames = []
    window.runner.frame.connect(frames.append)
    path = tmp_path / "big.json"
    small_experiment(seed=3).dump(path)
    opened = Experiment.load(path)
    window.ask_open_path = lambda: str(path)
    window.open_experiment()                          # File → Open: checked, not built, here
    assert window.state.experiment == opened and window.runner.state == "building" and frames == []
    with qtbot.waitSignal(window.runner.frame, timeout=30000):
        pass
    assert [frame.experiment for frame in frames] == [opened] and big_nets == [tiny] and window.errors == []
    # Weights of another shape are found only when the network is built: the usual message then,
    # and the views say there is nothing to show instead of keeping the previous network's plots.
    weights = tmp_path / "other_net.npz"
    save_weights_as(Trainer(small_experiment(layers=(DenseSpec(units=4, activation="tanh"),))).net, weights)
    small_experiment(initial_weights=str(weights)).dump(path)
    with qtbot.waitSignal(window.runner.failed, timeout=30000):
        window.open_experiment()
    assert len(window.errors) == 1 and window.errors[0].startswith("Cannot build this experiment: initial_weights:")
    covers = window.problem_notice.covers
    assert all(cover.isVisible() for cover in covers) and "could not be built" in covers[0].text()


def test_exporting_a_big_networks_weights_during_its_build_writes_its_untrained_weights(qtbot, runner, big_nets,
                                                                                       tmp_path):
    from engine.weight_layouts import ENGINE

    exp = small_experiment()
    runner.reset(exp)
    assert runner.state == "building"
    assert runner.save_weights(tmp_path / "untrained.npz", ENGINE)     # built for the export: the same seed
    expected = Trainer(exp).net.state_dict()
    with np.load(tmp_path / "untrained.npz", allow_pickle=False) as saved:
        assert set(saved.files) == set(expected)
        for name, value in expected.items():
            np.testing.assert_array_equal(saved[name], value)


def test_f5_and_f10_during_a_build_start_the_training_process_at_once(qtbot, make_main_window, big_nets,
                                                                     held_builds):
    window = make_main_window(small_experiment())
    runner, covers = window.runner, window.problem_notice.covers
    assert runner.state == "building"
    qtbot.keyClick(window, Qt.Key.Key_F10)           # Step: one step of the network the child builds
    assert runner.is_active and runner.state == "building" and all(cover.isVisible() for cover in covers)
    wait_state(qtbot, runner, "paused")
    assert window.controls.step_label.text() == "Step 1" and not any(cover.isVisible() for cover in covers)
    window.ask_restart = lambda _question: True      # Reset asks first: a run is paused
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert runner.state == "building" and not runner.is_active
    qtbot.keyClick(window, Qt.Key.Key_F5)            # Run: no waiting for the build in progress
    assert runner.is_active
    qtbot.waitUntil(lambda: runner.state == "running" and window.controls.step_label.text() != "Step 0",
                    timeout=30000)
    assert big_nets == [] and window.errors == []
