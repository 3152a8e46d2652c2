"""The main window driven as a person would: shortcuts, toolbar clicks, menus, files and fixes."""
from __future__ import annotations

import multiprocessing

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton

from engine.trainer import Trainer
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from workbench.app import last_experiment
from workbench.main_window import MainWindow
from workbench.runner import live_change
from workbench.presets import load_preset
from panel_helpers import bring_to_front, type_learning_rate


from workbench.presets import load_preset, preset_names
from workbench.theme import apply_theme
from panel_helpers import choose


LONG = 10 ** 7
Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def small_experiment(**changes) -> Experiment:
    return Experiment(
        name="small", data=DataSpec(name="spirals", classes=3, n_samples=200),
        layers=(DenseSpec(units=8, activation="tanh"), DenseSpec(units=8, activation="tanh")),
        optimizer=OptimizerSpec(name="sgd", lr=0.05), batch_size=16, epochs=None, steps=LONG,
    ).replace(**changes)


def unexpected(*_):
    raise AssertionError("this dialog should not have been asked for")


@pytest.fixture
def make_window(make_main_window):
    """Shown windows that fail the test on any dialog it did not expect."""
    def make(experiment: Experiment | None = None) -> MainWindow:
        window = make_main_window(experiment or small_experiment())
        window.ask_restart = unexpected
        window.ask_open_path = window.ask_save_path = unexpected
        window.show_error = unexpected
        return window

    return make


def loss_points(window) -> int:
    x, _ = window.loss_plot.raw_curve.getData()
    return 0 if x is None else len(x)


def wait_state(qtbot, window, predicate):
    qtbot.waitUntil(lambda: predicate(window.runner.state), timeout=10000)


def wait_ticks(qtbot, window, n=4):
    for _ in range(n):
        with qtbot.waitSignal(window.runner.frame_timer.timeout, timeout=2000):
            pass


def current_step(window) -> int:
    return int(window.controls.step_label.text().split()[-1].replace(",", ""))


def test_f5_runs_and_the_plots_fill(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: loss_points(window) > 20, timeout=10000)
    assert window.runner.state == "running"
    assert window.heatmap.image.image is not None and window.heatmap.image.image.shape[0] == 3
    assert current_step(window) > 0
    assert "steps/s" in window.controls.rate_label.text()
    assert window.controls.progress.format().endswith(f"{LONG:,} steps")


def test_toolbar_run_button(qtbot, make_window):
    window = make_window()
    button = window.controls.toolbar.widgetForAction(window.controls.run_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: loss_points(window) > 0, timeout=10000)


def test_space_pauses_and_resumes_even_with_a_button_focused(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 10, timeout=10000)
    button = window.findChildren(QPushButton)[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wait_state(qtbot, window, lambda s: s == "paused")
    wait_ticks(qtbot, window, 2)
    paused_at = current_step(window)
    wait_ticks(qtbot, window, 5)
    assert current_step(window) == paused_at
    assert window.controls.pause_action.iconText() == "Resume"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wait_state(qtbot, window, lambda s: s == "running")
    qtbot.waitUntil(lambda: current_step(window) > paused_at, timeout=10000)


def test_space_pauses_right_after_the_window_opens(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_state(qtbot, window, lambda s: s == "running")
    # The key goes where a person's key press goes: to whatever has the focus at startup.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    wait_state(qtbot, window, lambda s: s == "paused")


def test_space_in_an_editable_combo_is_typing_not_pause(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_state(qtbot, window, lambda s: s == "running")
    combo = QComboBox(window.banner)
    combo.setEditable(True)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert combo.currentText() == " "
    wait_ticks(qtbot, window, 3)
    assert window.runner.state == "running"


def test_space_in_a_text_field_is_typing_not_pause(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 5, timeout=10000)
    bring_to_front(qtbot, window.training_dock)
    field = window.training_panel.lr.box.lineEdit()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Space)
    wait_ticks(qtbot, window, 3)
    assert window.runner.state == "running"


def test_f10_steps_exactly_one_batch(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: current_step(window) == 1 and window.runner.state == "paused", timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: current_step(window) == 2, timeout=10000)
    wait_ticks(qtbot, window, 4)
    assert current_step(window) == 2
    assert loss_points(window) == 2


def test_shift_f5_stops(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 5, timeout=10000)
    with qtbot.waitSignal(window.runner.finished, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.runner.state == "stopped"
    assert window.controls.state_label.text() == "Stopped"
    assert not window.controls.stop_action.isEnabled()


def test_ctrl_r_during_a_run_asks_and_yes_resets_weights_and_clears_plots(qtbot, make_window):
    window = make_window()
    asked = []
    window.ask_restart = lambda question: asked.append(question) or True
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: loss_points(window) > 10, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "throws away its trained weights" in asked[0]
    assert window.runner.state == "idle"
    assert loss_points(window) == 0 and current_step(window) == 0
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)   # nothing to lose: no question
    assert len(asked) == 1


def test_ctrl_r_during_a_run_answered_no_keeps_the_run(qtbot, make_window):
    window = make_window()
    window.ask_restart = lambda question: False
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 10, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reached = current_step(window)
    qtbot.waitUntil(lambda: current_step(window) > reached, timeout=10000)
    assert window.runner.state == "running"


def test_learning_rate_typed_mid_run_reaches_the_next_steps(qtbot, make_window):
    window = make_window()
    frames = []
    window.runner.frame.connect(frames.append)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 10, timeout=10000)
    type_learning_rate(qtbot, window, "0.0123")
    qtbot.waitUntil(lambda: frames[-1].steps["lr"][-1] == pytest.approx(0.0123), timeout=10000)
    assert frames[-1].steps["lr"][0] == pytest.approx(0.05)   # the same run went on
    assert window.runner.state == "running"
    # The loss plot marks the step from which the new rate applied: the first row with it.
    [(step, setting, value)] = frames[-1].changes
    steps, lrs = frames[-1].steps["step"], frames[-1].steps["lr"]
    assert (setting, value) == ("lr", pytest.approx(0.0123))
    assert step == steps[np.flatnonzero(np.isclose(lrs, 0.0123))[0]]
    qtbot.waitUntil(lambda: [m.value() for m in window.loss_plot.change_marks] == [step], timeout=5000)
    assert window.loss_plot.change_marks[0].label.toPlainText() == "lr → 0.0123"


def test_other_edit_mid_run_asks_and_no_keeps_the_run(qtbot, make_window):
    window = make_window()
    asked = []
    window.ask_restart = lambda question: asked.append(question) or False
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 50, timeout=10000)
    window.state.edit("Set batch size", batch_size=8)
    assert len(asked) == 1 and "restart" in asked[0].lower()
    before = current_step(window)
    qtbot.waitUntil(lambda: current_step(window) > before, timeout=10000)
    assert window.state.experiment.batch_size == 8        # the edit stays for the next Run


def test_other_edit_mid_run_yes_restarts(qtbot, make_window):
    window = make_window()
    window.ask_restart = lambda question: True
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 200, timeout=10000)
    window.state.edit("Set batch size", batch_size=8)   # restarts synchronously
    frames = []
    window.runner.frame.connect(frames.append)
    qtbot.waitUntil(lambda: bool(frames), timeout=10000)
    assert window.runner.experiment.batch_size == 8
    # a fresh run of the edited experiment: its own length, its history starting again at step 1
    assert frames[0].total_steps == Trainer(window.state.experiment).total_steps
    assert frames[0].steps["step"][0] == 1


def test_heatmap_and_loss_plot_share_their_step_axis(qtbot, make_window):
    window = make_window(small_experiment(steps=300))
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    heatmap, loss = window.heatmap, window.loss_plot
    qtbot.waitUntil(lambda: loss.plot.vb.viewRange()[0] == pytest.approx([0.5, 300.5]), timeout=5000)
    assert heatmap.plot.vb.viewRange()[0] == pytest.approx([0.5, 300.5])   # ends at the run's length

    qtbot.mouseClick(heatmap.log_x_toggle, Qt.MouseButton.LeftButton)
    assert loss.log_x_toggle.isChecked()
    assert loss.plot.vb.viewRange()[0] == pytest.approx(list(np.log10([0.5, 300.5])))

    # Zoom one (a wheel turn over the heatmap): the other follows, and a new frame keeps it.
    from test_plots import wheel_zoom
    qtbot.mouseMove(heatmap.view.viewport(), heatmap.view.viewport().rect().center())
    wheel_zoom(heatmap.view)
    zoomed = heatmap.plot.vb.viewRange()[0]
    assert zoomed[1] - zoomed[0] < np.log10(300.5 / 0.5)
    assert loss.plot.vb.viewRange()[0] == pytest.approx(zoomed)
    loss.show_frame(window.painter.frame)
    heatmap.show_frame(window.painter.frame)
    assert loss.plot.vb.viewRange()[0] == pytest.approx(zoomed)
    assert heatmap.plot.vb.viewRange()[0] == pytest.approx(zoomed)


def axis_names(plot_widget) -> list[str]:
    """The layer names a plot's left axis shows (pyqtgraph keeps set ticks in _tickLevels)."""
    [ticks] = plot_widget.plot.getAxis("left")._tickLevels
    return [name for _, name in ticks]


def test_removing_a_layer_while_idle_relabels_the_plots(qtbot, make_window):
    window = make_window(small_experiment(layers=(DenseSpec(units=8, activation="tanh"),
                                                  DenseSpec(units=6, activation="relu"))))
    before = axis_names(window.heatmap)
    assert len(before) == 3 and axis_names(window.layer_bars) == before
    editor = window.layer_editor
    editor.select((1,))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(window.state.experiment.layers) == 1
    expected = list(Trainer(window.state.experiment).layer_names)
    qtbot.waitUntil(lambda: axis_names(window.heatmap) == expected, timeout=5000)
    # The bars get the frame in a later event-loop pass than the heatmap (workbench.views.FramePainter).
    qtbot.waitUntil(lambda: axis_names(window.layer_bars) == expected, timeout=5000)
    assert window.runner.state == "idle"


def test_a_training_setting_edited_after_a_run_keeps_its_plots_to_compare(qtbot, make_window):
    window = make_window(small_experiment(steps=40))
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    type_learning_rate(qtbot, window, "0.0123")
    qtbot.waitUntil(lambda: not window.controls.idle_reset.isActive(), timeout=5000)
    assert window.runner.state == "finished"                # the finished run is still on screen
    assert len(window.loss_plot.raw_curve.getData()[0]) > 0


def pause_then_edit(qtbot, window, asked: list, restart_answer: bool) -> int:
    """F5, Space, change the batch size (keeping the paused run): the paused step."""
    window.ask_restart = lambda question: asked.append(question) or restart_answer
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 10, timeout=10000)
    qtbot.keyClick(window.layer_editor.tree, Qt.Key.Key_Space)
    wait_state(qtbot, window, lambda s: s == "paused")
    window.state.edit("Set batch size", batch_size=8)
    assert len(asked) == 1                      # the edit's own question, answered "keep the run"
    wait_ticks(qtbot, window, 2)
    return current_step(window)


def test_run_while_paused_after_an_edit_asks_and_no_resumes(qtbot, make_window):
    window = make_window()
    asked = []
    paused_at = pause_then_edit(qtbot, window, asked, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(asked) == 2 and "resume" in asked[1].lower()
    wait_state(qtbot, window, lambda s: s == "running")
    qtbot.waitUntil(lambda: current_step(window) > paused_at, timeout=10000)
    assert window.runner.experiment.batch_size == 16      # the same run went on
    assert window.state.experiment.batch_size == 8        # and the edit waits for the next Run


def test_run_while_paused_after_an_edit_asks_and_yes_restarts(qtbot, make_window):
    window = make_window()
    asked = []
    pause_then_edit(qtbot, window, asked, False)
    window.ask_restart = lambda question: asked.append(question) or True
    frames = []
    window.runner.frame.connect(frames.append)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: bool(frames) and frames[-1].step > 0, timeout=10000)
    assert window.runner.experiment.batch_size == 8
    assert frames[-1].steps["step"][0] == 1               # a fresh run


def diverging() -> Experiment:
    return small_experiment(optimizer=OptimizerSpec(name="sgd", lr=1e6),
                            layers=(DenseSpec(units=16, activation="relu", init=InitSpec(name="he_normal")),) * 3)


def test_divergence_shows_the_banner_and_the_fix_is_undoable(qtbot, make_window):
    window = make_window(diverging())
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.runner.state.startswith("diverged at step")
    assert window.controls.state_label.text().startswith("Diverged at step")
    banner = window.banner
    assert banner.verdict == "diverged"
    assert "diverged at step" in banner.message.text()
    assert set(banner.visible_fixes()) == {"lower_lr", "clip", "smaller_init"}
    _, loss = window.loss_plot.raw_curve.getData()
    assert len(loss) > 0 and np.isfinite(loss).all()

    qtbot.mouseClick(banner.fix_buttons["lower_lr"], Qt.MouseButton.LeftButton)
    assert window.state.experiment.optimizer.lr == pytest.approx(1e5)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.experiment.optimizer.lr == pytest.approx(1e6)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.experiment.optimizer.lr == pytest.approx(1e5)


def test_vanishing_preset_offers_the_vanishing_fixes(qtbot, make_window):
    window = make_window(load_preset("vanishing_sigmoid"))
    assert "Watch the gradient heatmap" in window.banner.description.text()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.verdict == "vanishing", timeout=10000)
    assert set(window.banner.visible_fixes()) == {"relu_he", "residual", "xavier", "adam"}
    window.ask_restart = lambda question: False
    qtbot.mouseClick(window.banner.fix_buttons["relu_he"], Qt.MouseButton.LeftButton)
    dense = [layer for layer in window.state.experiment.layers if isinstance(layer, DenseSpec)]
    assert {(d.activation, d.init.name) for d in dense} == {("relu", "he_normal")}


def test_zeros_init_preset_is_a_symmetric_start_and_the_random_init_fix_breaks_it(qtbot, make_window):
    window = make_window(load_preset("zeros_init"))
    qtbot.keyClick(window, Qt.Key.Key_F10)      # one step is enough: no gradient reaches the hidden layers
    qtbot.waitUntil(lambda: window.banner.verdict == "symmetric", timeout=10000)
    assert window.banner.verdict_chip.text() == "SYMMETRIC"
    assert "random initialisation breaks the symmetry" in window.banner.message.text()
    assert window.banner.visible_fixes() == ["random_init"]
    window.ask_restart = lambda question: False
    qtbot.mouseClick(window.banner.fix_buttons["random_init"], Qt.MouseButton.LeftButton)
    exp = window.state.experiment
    assert [d.init.name for d in exp.layers] == ["he_normal", "he_normal"]
    assert exp.output_init.name == "xavier_normal"


def test_smaller_init_on_a_he_net_halves_the_gain_and_says_so_until_the_next_run(qtbot, make_window):
    window = make_window(diverging())
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    banner = window.banner
    assert not banner.applied.isVisible()
    qtbot.mouseClick(banner.fix_buttons["smaller_init"], Qt.MouseButton.LeftButton)
    exp = window.state.experiment
    assert [d.init.name for d in exp.layers] == ["he_normal"] * 3
    assert [d.init.gain for d in exp.layers] == pytest.approx([2 ** 0.5 / 2] * 3)   # He's gain is sqrt(2)
    assert exp.output_init.gain == pytest.approx(0.5)       # xavier_uniform's default gain is 1
    assert banner.applied.isVisible()
    assert banner.applied.text() == ("Applied: use a smaller initialisation (Xavier/He) — "
                                     "press Run (F5) to try it.")
    wait_state(qtbot, window, lambda s: s == "idle")        # the plots now show the fixed network
    assert banner.applied.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_state(qtbot, window, lambda s: s != "idle")        # running, or already diverged again
    assert not banner.applied.isVisible()


def test_fixes_that_would_change_nothing_are_not_offered(qtbot, make_window):
    # Ten sigmoid layers vanish even with Xavier weights and Adam: those two fixes are in place.
    xavier = InitSpec(name="xavier_normal")
    window = make_window(small_experiment(
        layers=(DenseSpec(units=16, activation="sigmoid", init=xavier),) * 10, output_init=xavier,
        optimizer=OptimizerSpec(name="adam", lr=0.001)))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.banner.verdict == "vanishing", timeout=10000)
    assert set(window.banner.visible_fixes()) == {"relu_he", "residual"}


def test_undoing_a_fix_takes_its_notice_away(qtbot, make_window):
    window = make_window(diverging())
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.mouseClick(window.banner.fix_buttons["clip"], Qt.MouseButton.LeftButton)
    assert window.banner.applied.text().startswith("Applied: clip gradients to norm 1")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.experiment.clip.mode == "off"
    assert not window.banner.applied.isVisible()


def test_close_mid_run_leaves_no_process_and_no_warning(qtbot, make_window, capfd):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 10 and bool(multiprocessing.active_children()),
                    timeout=10000)
    assert window.close()
    assert not window.runner.is_active
    assert not multiprocessing.active_children()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Warning" not in err and "Error" not in err, err


def test_a_closed_window_no_longer_answers_its_experiment_state(qtbot, make_window, capfd):
    window = make_window()
    state = window.state                     # a script's state may outlive the window it showed
    state.edit("Set seed", seed=5)           # unsaved: destroying the undo stack signals cleanChanged
    assert window.close()
    state.edit("Rename", name="renamed later")
    assert "renamed later" not in window.windowTitle()
    assert not window.controls.idle_reset.isActive()     # no network is built for a closed window
    shiboken6.delete(state)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err, err


def test_run_tooltip_says_training_runs_in_a_background_process(qtbot, make_window):
    window = make_window()
    tip = window.controls.run_action.toolTip()
    assert "background process" in tip and "thread" not in tip


def test_a_run_that_fails_reports_through_the_current_show_error(qtbot, make_window, tmp_path, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args))   # never a modal loop
    data = tmp_path / "points.csv"
    data.write_text("x1,x2,label\n" + "".join(f"{i},{i % 3},{'ab'[i % 2]}\n" for i in range(30)))
    window = make_window(small_experiment(data=DataSpec(name="csv", csv_path=str(data), target="label")))
    errors = []
    window.show_error = errors.append             # replaced after the window was built
    data.unlink()                                  # the file vanishes after it was validated
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(errors) == 1 and "points.csv" in errors[0]
    assert not boxes


def test_save_as_then_open_round_trips(qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "mine.json"
    window.state.edit("Set seed", seed=7)
    window.ask_save_path = lambda: str(path)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Experiment.load(path) == window.state.experiment
    assert not window.state.dirty and not window.isWindowModified()
    assert window.recent_files()[0] == str(path.resolve())

    other = tmp_path / "other.json"
    small_experiment(seed=3, name="other").dump(other)
    window.ask_open_path = lambda: str(other)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.state.experiment == Experiment.load(other)
    assert window.state.path == other
    assert "other" in window.windowTitle()
    assert [a.text() for a in window.recent_menu.actions()] == ["other.json", "mine.json"]


def test_ctrl_s_on_a_saved_file_saves_without_asking(qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "a.json"
    window.ask_save_path = lambda: str(path)
    window.save_experiment_as()
    window.ask_save_path = unexpected
    window.state.edit("Set seed", seed=11)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Experiment.load(path).seed == 11


def test_open_reports_a_broken_file(qtbot, make_window, tmp_path):
    window = make_window()
    broken = tmp_path / "broken.json"
    broken.write_text('{"layers": [{"units": 0}]}')
    errors = []
    window.show_error = errors.append
    window.ask_open_path = lambda: str(broken)
    window.open_experiment()
    assert errors and "layers[0].units" in errors[0]
    assert window.state.experiment == small_experiment()


@pytest.mark.parametrize("answer", [Cancel, Discard, Save])
def test_unsaved_changes_prompt_before_new(qtbot, make_window, tmp_path, answer):
    window = make_window()
    window.state.edit("Set seed", seed=5)
    asked = []
    window.ask_unsaved = lambda: asked.append(True) or answer
    saved_to = tmp_path / "saved.json"
    window.ask_save_path = lambda: str(saved_to)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    if answer == Cancel:
        assert window.state.experiment.seed == 5 and window.state.dirty
    else:
        assert window.state.experiment == Experiment() and not window.state.dirty
    assert saved_to.exists() == (answer == Save)
    if answer == Save:
        assert Experiment.load(saved_to).seed == 5


def test_cancel_keeps_the_window_open(qtbot, make_window):
    window = make_window()
    window.state.edit("Set seed", seed=5)
    window.ask_unsaved = lambda: Cancel
    assert not window.close()
    assert window.isVisible()


def test_ctrl_z_in_a_field_just_committed_undoes_the_edit(qtbot, make_window):
    window = make_window()
    editor = window.layer_editor
    editor.select((0,))
    field = editor.units
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "40")                       # typing still reaches the field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.state.experiment.layers[0].units == 40
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.experiment.layers[0].units == 8
    assert field.value() == 8
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.experiment.layers[0].units == 40


def test_invalid_experiment_disables_run_with_the_reason(qtbot, make_window):
    window = make_window()
    window.state.edit("Set loss", loss="binary_cross_entropy")
    run = window.controls.run_action
    assert not run.isEnabled()
    assert "binary_cross_entropy needs two classes" in run.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.runner.state == "idle" and not window.runner.is_active
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.isEnabled() and "Cannot run" not in run.toolTip()


def test_presets_menu_loads_a_preset_and_shows_its_description(qtbot, make_window):
    window = make_window()
    action = window.preset_actions["vanishing_sigmoid"]
    action.trigger()
    assert window.state.experiment == load_preset("vanishing_sigmoid")
    assert "Watch the gradient heatmap" in window.banner.description.text()


def test_view_menu_toggles_docks_and_reset_layout_restores_them(qtbot, make_window):
    window = make_window()
    window.loss_dock.toggleViewAction().trigger()
    assert window.loss_dock.isHidden()
    window.reset_layout_action.trigger()
    assert not window.loss_dock.isHidden()


def test_layout_and_saved_experiment_are_remembered(qtbot, make_window, tmp_path):
    first = make_window()
    first.state.edit("Set seed", seed=9)
    first.ask_unsaved = lambda: Save
    first.ask_save_path = lambda: str(tmp_path / "nine.json")
    first.bars_dock.toggleViewAction().trigger()
    first.close()
    second = make_window()
    assert second.bars_dock.isHidden()
    assert last_experiment(second.settings) == (small_experiment(seed=9), tmp_path / "nine.json")


def test_discard_on_closing_restores_the_untouched_experiment_at_the_next_start(qtbot, make_window):
    first = make_window()
    first.state.edit("Set seed", seed=9)
    first.close()                                   # answered Discard (make_main_window)
    assert last_experiment(first.settings) == (small_experiment(), None)


def test_discard_on_closing_restores_the_last_saved_experiment(qtbot, make_window, tmp_path):
    window = make_window()
    window.ask_save_path = lambda: str(tmp_path / "saved.json")
    window.state.edit("Set seed", seed=9)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.state.edit("Set seed", seed=11)
    window.close()                                  # answered Discard
    assert last_experiment(window.settings) == (small_experiment(seed=9), tmp_path / "saved.json")


def test_decision_boundary_off_for_regression(qtbot, make_window):
    window = make_window(small_experiment(data=DataSpec(name="sine", n_samples=100), loss="mse", steps=20))
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    window.boundary_dock.raise_()       # 1-D data bring the Fit tab to the front; the boundary catches up when chosen
    qtbot.waitUntil(window.boundary_view.reason.isVisible, timeout=5000)
    assert not window.boundary_view.plot.isVisible()
    assert "two input features" in window.boundary_view.reason.text()
    # Back to 2-D classification data: the plot returns as soon as the edited network is shown.
    window.state.edit("Set data", data=DataSpec(name="moons", n_samples=100), loss="cross_entropy")
    qtbot.waitUntil(window.boundary_view.plot.isVisible, timeout=5000)
    assert not window.boundary_view.reason.isVisible()


def test_decision_boundary_drawn_for_2d_classification(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.boundary_view.plot.image.image is not None, timeout=10000)
    assert window.boundary_view.plot.isVisible() and not window.boundary_view.reason.isVisible()
    assert window.boundary_view.plot.image.image.shape[:2] == (80, 80)


def test_live_change_tells_live_edits_from_restarts():
    base = small_experiment()
    lr_only = base.replace(optimizer=OptimizerSpec(name="sgd", lr=0.01))
    assert live_change(base, lr_only) == (0.01, None)
    clipped = base.replace(clip=base.clip.__class__(mode="norm", threshold=1.0))
    assert live_change(base, clipped) is None                       # turning clipping on: restart
    assert live_change(clipped, clipped.replace(clip=clipped.clip.__class__(mode="norm", threshold=2.0))) == (None, 2.0)
    assert live_change(base, base.replace(batch_size=8)) is None
    assert live_change(base, lr_only.replace(batch_size=8)) is None


@pytest.mark.parametrize("content, problem", [
    ('{"layers": [{"units": ' + "1" * 4301 + '}]}', "Exceeds the limit (4300 digits)"),
    ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested more than 20 deep"),
    ('{"layers": [{"units": 1e308}]}', "layers[0].units: must be at most 100,000"),
    ('{"seed": 1099511627776}', "seed: must be at most 2,147,483,647"),      # a number box holds 32 bits
], ids=["4301-digits", "deep-nesting", "huge-units", "huge-seed"])
def test_file_open_shows_hostile_files_in_the_error_dialog(qtbot, make_window, tmp_path, content, problem):
    window = make_window()
    hostile = tmp_path / "hostile.json"
    hostile.write_text(content)
    window.show_error = window.errors.append
    window.ask_open_path = lambda: str(hostile)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(window.errors) == 1 and f"Cannot open {hostile}" in window.errors[0]
    assert problem in window.errors[0]
    assert window.state.experiment == small_experiment() and window.state.path is None


def test_an_experiment_that_cannot_be_built_does_not_replace_the_current_one(qtbot, make_window, tmp_path,
                                                                             monkeypatch):
    from engine import limits
    monkeypatch.setattr(limits, "physical_memory", lambda: 100_000_000)
    window = make_window()
    too_big = tmp_path / "big.json"
    small_experiment(layers=(DenseSpec(units=20_000), DenseSpec(units=20_000))).dump(too_big)
    window.show_error = window.errors.append
    window.ask_open_path = lambda: str(too_big)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(window.errors) == 1 and "layers: this run would need about" in window.errors[0]
    assert window.state.experiment == small_experiment()
    assert window.layer_editor.tree.model().rowCount() == len(small_experiment().layers)


def test_an_experiment_whose_data_file_is_missing_still_opens_to_be_fixed(qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "csv.json"
    small_experiment(data=DataSpec(name="csv", csv_path=str(tmp_path / "moved.csv"), target="y")).dump(path)
    window.ask_open_path = lambda: str(path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.state.path == path
    assert window.state.error.path == "data.csv_path" and "does not exist" in window.state.error.message


def test_f10_while_running_pauses_and_stays_paused(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current_step(window) > 5, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    wait_state(qtbot, window, lambda state: state == "paused")
    wait_ticks(qtbot, window, 2)
    paused_at = current_step(window)
    wait_ticks(qtbot, window, 4)
    assert current_step(window) == paused_at and window.runner.state == "paused"


def test_typing_the_value_a_field_already_has_is_no_edit(qtbot, make_window):
    window = make_window()
    window.layer_editor.select((0,))
    field = window.layer_editor.units
    assert field.value() == 8
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "8")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.state.replace(window.state.experiment, "Nothing")
    assert window.state.undo_stack.count() == 0
    assert not window.state.dirty and not window.isWindowModified()
    assert not window.undo_action.isEnabled()


def test_one_validation_error_replacing_another_updates_the_message(qtbot, make_window):
    window = make_window()
    with qtbot.waitSignal(window.state.validity_changed):
        window.state.edit("Set loss", loss="binary_cross_entropy")
    assert "binary_cross_entropy needs two classes" in window.controls.run_action.toolTip()
    nesterov_without_momentum = OptimizerSpec(name="sgd", lr=0.05, params={"nesterov": True})
    with qtbot.waitSignal(window.state.validity_changed) as changed:
        window.state.edit("Nesterov", loss="cross_entropy", optimizer=nesterov_without_momentum)
    assert changed.args[0].path == "optimizer.params.nesterov"
    tooltip = window.controls.run_action.toolTip()
    assert "Nesterov momentum needs momentum > 0" in tooltip and "binary_cross_entropy" not in tooltip
    assert not window.controls.run_action.isEnabled()


def test_presets_menu_is_in_teaching_order_with_the_default_first(qtbot, make_window):
    window = make_window()
    menu = window.preset_actions["vanishing_sigmoid"].parent()
    course = ["vanishing_sigmoid", "relu_he", "residual", "adam", "tanh_standard", "tanh_xavier", "zeros_init",
              "exploding_init", "exploding_lr", "clipping", "single_neuron"]
    titles = [action.text() for action in menu.actions()]
    assert titles[:len(course)] == [load_preset(name).name for name in course]
    assert len(titles) == len(window.preset_actions)


def test_theme_choice_recolours_the_window_and_is_remembered(qtbot, make_window):
    from test_dark_palette import contrast
    from test_plots import luminance, rgb_of
    app = QApplication.instance()
    system_window_color = app.palette().color(QPalette.ColorRole.Window)

    def panel_window_luminance(window) -> float:
        """Once the application's palette has reached the panel (it travels by events)."""
        qtbot.waitUntil(lambda: window.layer_editor.palette().color(QPalette.ColorRole.Window)
                        == app.palette().color(QPalette.ColorRole.Window))
        return luminance(rgb_of(window.layer_editor.palette().color(QPalette.ColorRole.Window)))

    window = make_window()
    try:
        assert window.theme_menu.theme_actions["system"].isChecked()
        window.theme_menu.theme_actions["dark"].trigger()
        assert panel_window_luminance(window) < 0.05
        panel = window.layer_editor.palette()
        assert contrast(rgb_of(panel.color(QPalette.ColorRole.Text)), rgb_of(panel.color(QPalette.ColorRole.Base))) >= 7
        window.close()
        again = make_window()        # the same settings file: the next start
        assert again.theme_menu.theme_actions["dark"].isChecked()
        again.theme_menu.theme_actions["light"].trigger()
        assert panel_window_luminance(again) > 0.8
        again.theme_menu.theme_actions["system"].trigger()
        assert app.palette().color(QPalette.ColorRole.Window) == system_window_color
    finally:
        apply_theme("system")


def numeric_target_csv(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("size,rooms,price\n50,2,150.5\n80,3,210.0\n65,2,180.25\n120,4,330.0\n95,3,260.75\n"
                    "70,2,190.0\n110,4,300.5\n60,1,140.0\n")
    return path


def test_a_window_opened_on_an_unbuildable_experiment_shows_the_problem_in_place(qtbot, make_main_window,
                                                                                 tmp_path, monkeypatch):
    dialogs = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: dialogs.append(args))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: dialogs.append(args))
    closed_with = small_experiment(data=DataSpec(name="csv", csv_path=str(numeric_target_csv(tmp_path)),
                                                 target="price"), loss="cross_entropy")
    window = make_main_window(closed_with)
    assert dialogs == [] and window.errors == []
    assert window.state.error.path == "loss"
    covers = window.problem_notice.covers
    assert covers and all(cover.isVisible() for cover in covers)
    heatmap_cover = next(cover for cover in covers if cover.parent() is window.heatmap)
    assert "'price' holds numbers, so this is a regression task: use loss 'mse'" in heatmap_cover.text()
    assert heatmap_cover.geometry() == window.heatmap.rect()
    assert not window.controls.run_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F5)                      # Run stays off: no modal, no run
    assert dialogs == [] and window.errors == [] and not window.runner.is_active
    bring_to_front(qtbot, window.training_dock)
    choose(qtbot, window.training_panel.loss, "mse")          # the fix, in the flagged field
    assert window.state.error is None
    assert not any(cover.isVisible() for cover in covers)
    qtbot.waitUntil(lambda: window.runner.experiment == window.state.experiment, timeout=5000)
    assert window.layer_editor.model.rowCount() > 0


def test_an_edit_that_cannot_be_built_covers_the_previous_plots(qtbot, make_window, tmp_path):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: current_step(window) == 1 and window.runner.state == "paused", timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    wait_state(qtbot, window, lambda state: state == "stopped")
    assert not any(cover.isVisible() for cover in window.problem_notice.covers)
    csv_data = DataSpec(name="csv", csv_path=str(numeric_target_csv(tmp_path)), target="price")
    window.state.replace(window.state.experiment.replace(data=csv_data), "Open a file")   # keeps cross_entropy
    assert window.state.error is not None
    loss_cover = next(cover for cover in window.problem_notice.covers if cover.parent() is window.loss_plot)
    assert loss_cover.isVisible() and "regression task" in loss_cover.text()
    window.state.undo_stack.undo()
    assert not loss_cover.isVisible()


def test_a_presets_description_is_replaced_by_a_note_once_the_experiment_differs(qtbot, make_window):
    window = make_window(load_preset("relu_he"))
    description = window.banner.description
    assert "the diagnosis is healthy" in description.text()
    type_learning_rate(qtbot, window, "1")
    assert "healthy" not in description.text()
    assert "Changed since the preset “Fixed: ReLU with He initialisation”" in description.text()
    assert "the diagnosis is healthy" in description.toolTip()          # still there to read
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "the diagnosis is healthy" in description.text()
    window.state.edit("Rename", name="mine")                            # a new name is no change
    assert "the diagnosis is healthy" in description.text()


def test_a_raised_learning_rate_behind_the_problem_is_offered_as_a_fix_first(qtbot, make_window):
    window = make_window(load_preset("relu_he"))
    type_learning_rate(qtbot, window, "1")
    assert window.banner.visible_fixes() == []
    qtbot.keyClick(window, Qt.Key.Key_F5)
    # the ReLUs die: no gradient reaches the first layers (diagnosed 'symmetric' from step 50 on)
    qtbot.waitUntil(lambda: window.banner.verdict not in ("healthy", "unknown"), timeout=60000)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    wait_state(qtbot, window, lambda state: state == "stopped")
    fixes = window.banner.visible_fixes()
    assert fixes[0] == "restore_lr"
    button = window.banner.fix_buttons["restore_lr"]
    assert button.text() == "Undo the learning-rate change (1 back to 0.1)"
    assert window.banner.fix_row.indexOf(button) == 0                   # first in the row of fixes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.state.experiment == load_preset("relu_he")
    assert "restore_lr" not in window.banner.visible_fixes()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.experiment.optimizer.lr == 1.0


VIEW_NOUNS = ("heatmap", "bars", "plot", "curve", "diagram", "ledger", "chart", "histogram", "boundary", "panel",
              "view", "dock", "table", "readout")


def test_every_preset_description_names_only_views_the_window_has(qtbot, make_window):
    import re
    window = make_window()
    titles = [dock.windowTitle().lower() for dock in window.docks] + [window.heatmap.windowTitle().lower()]
    assert "gradient heatmap" in titles and "per layer" in titles
    problems = []
    for name in preset_names():
        text = load_preset(name).description.lower()
        spans = [(m.start(), m.end()) for title in titles for m in re.finditer(re.escape(title), text)]
        for noun in re.finditer(r"\b(%s)s?\b" % "|".join(VIEW_NOUNS), text):
            # a view noun is part of a view's title, or follows one ("the Per layer bars")
            named = any(start <= noun.start() and noun.end() <= end or text[end:noun.start()] == " "
                        for start, end in spans)
            if not named:
                problems.append(f"{name}: …{text[max(0, noun.start() - 40):noun.end()]}")
    assert problems == []
