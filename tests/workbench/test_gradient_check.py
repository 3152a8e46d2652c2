"""Run → Check Gradients: the check runs in a background process and the dock shows the engine's report."""
from __future__ import annotations

from PySide6.QtCore import Qt

from engine.gradcheck import check_experiment
from workbench.panels.gradient_check import GradientCheckView
from workbench.presets import load_preset
from workbench.runner import TrainingRunner
from workbench.state import ExperimentState
from workbench.views import ViewContext

def test_gradient_check_runs_in_the_background_and_shows_the_engines_report(qtbot):

    state, runner, errors = ExperimentState(load_preset("single_neuron")), TrainingRunner(), []
    view = GradientCheckView()
    qtbot.addWidget(view)
    view.attach(ViewContext(state, runner, errors.append))
    view.show()
    with qtbot.waitSignal(view.checked, timeout=30000) as shown:
        qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
        # The click returned at once: the check is still running in its own process.
        assert view.call.running and not view.button.isEnabled()
    assert not view.call.running and view.button.isEnabled() and errors == []
    expected = check_experiment(load_preset("single_neuron"))
    assert shown.args[0] == expected
    cells = [[view.table.item(row, col).text() for col in range(6)] for row in range(view.table.rowCount())]
    assert cells == [[p.name, f"{p.checked}/{p.size}", f"{p.max_analytic:.3e}", f"{p.max_numeric:.3e}",
                      f"{p.relative_error:.2e}", "pass"] for p in expected.parameters]
    assert view.result_chip.text() == "PASS" and view.meaning.text() == expected.meaning()
    state.replace(state.experiment.replace(seed=5), "seed")
    assert view.status.text() == "The experiment changed since this check: check again."
    runner.shutdown()
    runner.deleteLater()


def test_shutting_the_runner_down_cancels_a_running_check(qtbot):

    state, runner = ExperimentState(load_preset("tanh_standard")), TrainingRunner()
    view = GradientCheckView()
    qtbot.addWidget(view)
    view.attach(ViewContext(state, runner, lambda text: None))
    view.check_action.trigger()
    assert view.call.running
    runner.shutdown()
    assert not view.call.running
    runner.deleteLater()


def test_run_menu_check_gradients_raises_the_dock_and_reports(qtbot, make_main_window):
    window = make_main_window(load_preset("zeros_init"))
    run_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Run")
    check = next(action for action in run_menu.actions() if action.text() == "Check &Gradients")
    on_screen = lambda: not window.gradient_check.visibleRegion().isEmpty()
    assert not on_screen()                                  # tabbed behind the loss plot
    with qtbot.waitSignal(window.gradient_check.checked, timeout=30000) as shown:
        check.trigger()
        qtbot.waitUntil(on_screen)
    report = shown.args[0]
    # Zero weights give zero gradients, and those are right: the check passes; the net still cannot learn.
    assert report.passed and report.checked == report.size == 2 * 10 + 10 + 10 * 5 + 5 + 5 + 1
    assert window.gradient_check.table.rowCount() == 6 and window.errors == []
