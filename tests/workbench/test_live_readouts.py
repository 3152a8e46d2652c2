"""Texts that change while a run trains: the diagnosis banner shows a diagnosis whose numbers
alone changed at most every MESSAGE_PERIOD_S and only grows while a run trains, and the status-bar
readouts keep a fixed size that only grows, so neither lays the whole window out again at every
frame."""
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from engine.diagnosis import Diagnosis
from workbench.panels import diagnosis_banner
from workbench.panels.diagnosis_banner import MESSAGE_PERIOD_S, DiagnosisBanner
from workbench.panels.run_controls import set_readout
from workbench.presets import DEFAULT_PRESET, load_preset


@dataclass
class Frame:
    diagnosis: Diagnosis
    status: str = "running"


def vanishing(ratio: float) -> Diagnosis:
    return Diagnosis("vanishing", ratio, "cause", f"ratio {ratio}", ("relu_he",))


def test_the_banner_shows_new_numbers_at_most_twice_a_second_while_running_but_a_new_verdict_or_rest_at_once(
        qtbot, monkeypatch):
    now = [100.0]
    monkeypatch.setattr(diagnosis_banner.time, "monotonic", lambda: now[0])
    banner = DiagnosisBanner()
    qtbot.addWidget(banner)
    banner.show_frame(Frame(vanishing(1e-3)))
    assert banner.message.text() == "ratio 0.001"
    now[0] += MESSAGE_PERIOD_S / 2
    banner.show_frame(Frame(vanishing(2e-3)))
    assert banner.message.text() == "ratio 0.001"           # numbers only, too soon: kept
    now[0] += MESSAGE_PERIOD_S / 2
    banner.show_frame(Frame(vanishing(3e-3)))
    assert banner.message.text() == "ratio 0.003"           # a period later: the newest
    now[0] += 0.01
    banner.show_frame(Frame(vanishing(4e-3), status="paused"))
    assert banner.message.text() == "ratio 0.004"           # a run at rest: exact at once
    now[0] += 0.01
    banner.show_frame(Frame(Diagnosis("healthy", 1.0, "cause", "ratio 1", ())))
    assert banner.verdict == "healthy" and banner.message.text() == "ratio 1"   # a new verdict: at once


def test_a_readout_keeps_a_fixed_size_that_only_grows(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    set_readout(label, "Step 9")
    narrow = label.width()
    assert label.minimumSize() == label.maximumSize() == label.size()
    set_readout(label, "Step 1,234,567")
    wide = label.width()
    assert wide > narrow and label.minimumSize() == label.maximumSize()
    set_readout(label, "Step 10")
    assert label.width() == wide and label.text() == "Step 10"


def test_the_status_bar_readouts_have_room_for_a_long_runs_numbers_from_the_first_frame(make_main_window):
    controls = make_main_window(load_preset(DEFAULT_PRESET)).controls
    readouts = (controls.step_label, controls.epoch_label, controls.loss_label, controls.rate_label)
    controls.show_counts(step=1, epoch=0, loss=0.69, steps_per_s=12.0, total_steps=5000)
    first = [label.width() for label in readouts]
    controls.show_counts(step=123_456, epoch=1_234, loss=-0.0001234, steps_per_s=12_345.0, total_steps=500_000)
    assert [label.width() for label in readouts] == first
    assert controls.rate_label.text() == "12,345 steps/s"


def laid_out(banner: DiagnosisBanner) -> int:
    """The banner's height once the layout requests its new texts posted are handled."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return banner.height()


def test_the_banner_only_grows_while_a_run_trains_and_fits_its_text_again_when_the_run_stops(qtbot):
    banner = DiagnosisBanner()
    qtbot.addWidget(banner)
    banner.resize(400, 100)
    banner.show()
    banner.run_state_changed("running")
    short = Diagnosis("vanishing", 1e-3, "cause", "ratio 0.001", ("relu_he",))
    long = Diagnosis("vanishing", 2e-3, "cause", "ratio 0.002, " + "and a long explanation " * 12, ("relu_he",))
    banner.show_diagnosis(short)
    low = laid_out(banner)
    banner.show_diagnosis(long)
    high = laid_out(banner)
    assert high > low                                       # more lines: taller at once
    banner.show_diagnosis(short)
    assert laid_out(banner) == high and banner.heightForWidth(banner.width()) == low   # fewer lines while running: kept
    banner.show_diagnosis(Diagnosis("healthy", 1.0, "cause", "ratio 1", ()))
    assert laid_out(banner) == high                         # a verdict that flips: kept too
    banner.run_state_changed("paused")
    assert banner.height() == banner.heightForWidth(banner.width()) < high    # at rest: fits again


def test_fixes_coming_with_a_verdict_take_the_room_of_the_hint_and_leave_the_banner_as_tall(qtbot):
    # A taller diagnosis dock lays out and repaints the whole window, as the run starts.
    banner = DiagnosisBanner()
    qtbot.addWidget(banner)
    banner.set_experiment(load_preset("tanh_standard"))
    banner.resize(1800, 100)       # wide enough for either verdict's explanation on one line
    banner.show()
    banner.show_diagnosis(Diagnosis("unknown", math.nan, "no steps yet", "no steps yet"))
    assert banner.visible_fixes() == [] and banner.no_fix.isVisible()
    at_rest = laid_out(banner)
    assert banner.no_fix.width() >= banner.no_fix.sizeHint().width()    # room for the whole hint
    banner.show_diagnosis(vanishing(1e-3))
    assert banner.visible_fixes() == ["relu_he"] and banner.no_fix.isHidden()
    assert laid_out(banner) == at_rest


def test_a_verdict_that_flips_back_and_forth_checks_its_fixes_once_per_experiment(qtbot, monkeypatch):
    checked = []
    real = diagnosis_banner.useful_fixes
    monkeypatch.setattr(diagnosis_banner, "useful_fixes",
                        lambda exp, keys, baseline=None: checked.append(keys) or real(exp, keys, baseline))
    exp = load_preset("tanh_standard")
    banner = DiagnosisBanner()
    qtbot.addWidget(banner)
    banner.set_experiment(exp)                              # checks the fixes of no verdict yet: none
    for _ in range(3):
        banner.show_diagnosis(vanishing(1e-3))
        assert banner.visible_fixes() == ["relu_he"]
        banner.show_diagnosis(Diagnosis("healthy", 1.0, "cause", "ratio 1", ()))
        assert banner.visible_fixes() == []
    assert checked == [(), ("relu_he",)]                   # once for each verdict's fixes
    banner.set_experiment(exp.replace(seed=exp.seed + 1))   # another experiment: checked anew
    assert len(checked) == 3
