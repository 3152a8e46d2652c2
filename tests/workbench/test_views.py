"""The view registry: one registration gives a view every frame while it is visible, the newest
frame when it is shown again, and its context; the training process's picture table."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec
from engine.trainer import Trainer
from workbench.training_process import Publisher
from workbench.views import FramePainter, RegisteredView


def tiny_experiment(steps: int = 6) -> Experiment:
    return Experiment(name="tiny", data=DataSpec(name="moons", n_samples=60),
                      layers=(DenseSpec(units=4, activation="tanh"),),
                      optimizer=OptimizerSpec(name="sgd", lr=0.1), batch_size=20, epochs=None, steps=steps)


class RecordingView(QLabel):
    """A view that remembers which steps it was shown and the context it was attached to."""

    def __init__(self):
        super().__init__("recording")
        self.steps_shown: list[int] = []
        self.context = None

    def attach(self, context) -> None:
        self.context = context

    def show_frame(self, frame) -> None:
        self.steps_shown.append(frame.step)
        self.on_shown(frame.step)

    def on_shown(self, step: int) -> None:
        """A test's hook: what happens as the view is handed a frame."""


def test_a_registered_view_gets_frames_while_shown_and_catches_up_when_shown_again(qtbot, make_main_window):
    window = make_main_window(tiny_experiment())
    view = RecordingView()
    dock = window.register_view(view, "Recording", "recording_dock", Qt.DockWidgetArea.RightDockWidgetArea,
                                split=True)    # a place of its own: shown, not a tab behind
    assert dock in window.docks and dock.toggleViewAction() in window.view_menu.actions()
    assert view.context.state is window.state and view.context.runner is window.runner

    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        window.runner.start(window.state.experiment)
    qtbot.waitUntil(lambda: view.steps_shown and view.steps_shown[-1] == 6, timeout=5000)

    dock.close()                       # hidden: skips frames
    shown_before = len(view.steps_shown)
    window.runner.step_once(window.state.experiment)   # a fresh run, one step
    qtbot.waitUntil(lambda: window.painter.frame is not None and window.painter.frame.step == 1, timeout=20000)
    assert len(view.steps_shown) == shown_before
    dock.show()                        # shown again: the newest frame at once
    qtbot.waitUntil(lambda: view.steps_shown[-1] == 1, timeout=5000)


def test_a_view_tabbed_behind_another_joins_behind_it_and_skips_frames_until_its_tab_is_chosen(qtbot, make_main_window):
    window = make_main_window(tiny_experiment())
    view = RecordingView()
    dock = window.register_view(view, "Recording", "recording_dock", Qt.DockWidgetArea.RightDockWidgetArea,
                                tab_with=window.boundary_dock)
    qtbot.waitUntil(lambda: not window.boundary_dock.visibleRegion().isEmpty())   # the old tab stays in front
    window.runner.step_once(window.state.experiment)
    qtbot.waitUntil(lambda: window.painter.frame is not None and window.painter.frame.step == 1, timeout=20000)
    assert view.steps_shown == []                  # behind a tab: nothing of it is on screen
    dock.raise_()                                  # its tab chosen: the newest frame at once
    qtbot.waitUntil(lambda: view.steps_shown == [1], timeout=5000)


def test_every_view_in_the_default_layout_that_is_on_screen_gets_frames(qtbot, make_main_window):
    """Plots are covered by their opaque children; they still count as shown."""
    window = make_main_window(tiny_experiment())
    shown = {id(view.widget): [] for view in window.views}
    for view in window.views:
        view.widget.show_frame = lambda frame, steps=shown[id(view.widget)]: steps.append(frame.step)
    window.runner.step_once(window.state.experiment)
    on_screen = [view for view in window.views if view.dock is None or not view.dock.visibleRegion().isEmpty()]
    assert {view.dock.objectName() for view in on_screen if view.dock} >= {"bars_dock", "loss_dock", "boundary_dock"}
    qtbot.waitUntil(lambda: all(1 in shown[id(view.widget)] for view in on_screen), timeout=20000)


def test_the_view_context_reports_errors_through_the_windows_current_show_error(make_main_window):
    window = make_main_window(tiny_experiment())
    view = RecordingView()
    window.register_view(view, "Recording", "recording_dock", Qt.DockWidgetArea.RightDockWidgetArea)
    errors = []
    window.show_error = errors.append      # replaced after registration, as tests and --screenshot do
    view.context.show_error("bad")
    assert errors == ["bad"] and window.errors == []


def test_a_picture_no_visible_view_shows_is_not_painted_until_its_view_is_shown(qtbot, make_main_window):
    """The network diagram and the ledger sit behind the decision boundary's tab: while they stay
    there the training process spends nothing on their picture; choosing the tab brings one."""
    window = make_main_window(tiny_experiment(steps=10 ** 6))
    qtbot.waitUntil(lambda: window.network_view_dock.visibleRegion().isEmpty()
                    and not window.boundary_dock.visibleRegion().isEmpty())
    window.runner.reset(window.state.experiment)     # the idle frame, painted with the layout as it is now
    idle = window.painter.frame
    assert "network" in idle.picture_names and "network" not in idle.pictures
    assert "boundary" in idle.pictures

    frames = []
    window.runner.frame.connect(frames.append)
    window.runner.start(window.state.experiment)
    qtbot.waitUntil(lambda: len({f.pictures["boundary"].step for f in frames if "boundary" in f.pictures}) >= 3,
                    timeout=20000)
    assert all("network" not in frame.pictures for frame in frames)

    window.network_view_dock.raise_()               # its tab chosen
    qtbot.waitUntil(lambda: frames and "network" in frames[-1].pictures, timeout=20000)
    assert frames[-1].pictures["network"].step > 0   # painted by the running child, of a trained state
    window.runner.stop()
    qtbot.waitUntil(lambda: not window.runner.is_active, timeout=20000)


def test_the_publisher_paints_only_wanted_pictures_while_running_and_every_picture_at_an_exact_state():
    trainer = Trainer(tiny_experiment(steps=3))

    def painter():
        return type("Painter", (), {"interval_s": 0.0, "share": 1.0,
                                    "__call__": lambda self, t: type("Picture", (), {"step": t.step})()})()

    sent = []
    publisher = Publisher(trainer, sent.append, wanted=frozenset({"shown"}))
    publisher.painters = {"shown": painter(), "hidden": painter()}
    publisher.next_picture = {"shown": 0.0, "hidden": 0.0}
    publisher.publish(fresh_pictures=False)
    assert set(sent[-1].pictures) == {"shown"}
    trainer.run(1)
    publisher.wanted = frozenset({"shown", "hidden"})   # as the listener sets it on ("pictures", names)
    publisher.publish(fresh_pictures=False)
    assert set(sent[-1].pictures) == {"shown", "hidden"}
    trainer.run(1)
    publisher.wanted = frozenset()
    publisher.publish(fresh_pictures=True)              # a pause or the end: every picture
    assert set(sent[-1].pictures) == {"shown", "hidden"}


def test_publisher_sends_each_picture_once_and_paints_no_faster_than_its_interval():
    trainer = Trainer(tiny_experiment(steps=3))

    class StepPainter:
        interval_s, share = 3600.0, 1.0     # at most one picture an hour unless asked for every one
        calls = 0

        def __call__(self, trainer):
            StepPainter.calls += 1
            return type("Picture", (), {"step": trainer.step})()

    sent = []
    publisher = Publisher(trainer, sent.append)
    publisher.painters = {"count": StepPainter()}
    publisher.next_picture = {"count": 0.0}
    publisher.publish(fresh_pictures=False)         # due at once: painted and sent
    publisher.publish(fresh_pictures=False)         # same step: nothing new to send
    assert [list(p.pictures) for p in sent] == [["count"], []]
    trainer.run(1)
    publisher.publish(fresh_pictures=False)         # a new step, but not due for an hour
    assert sent[-1].pictures == {} and StepPainter.calls == 1
    publisher.publish(fresh_pictures=True)          # a pause or the end: every picture of this step
    assert sent[-1].pictures["count"].step == trainer.step == 1 and StepPainter.calls == 2


class FakeFrame:
    def __init__(self, step: int, status: str = "running"):
        self.step, self.status = step, status


def test_while_running_each_view_gets_the_frame_in_an_event_loop_pass_of_its_own(qtbot):
    views = [RecordingView() for _ in range(3)]
    for view in views:
        qtbot.addWidget(view)
    painter = FramePainter([RegisteredView(view, None) for view in views])
    with qtbot.waitSignal(painter.painted, timeout=5000) as painted:
        painter.show(FakeFrame(1))
        assert [v.steps_shown for v in views] == [[], [], []]       # not in the pass that read the frame
    assert painted.args[0].step == 1 and [v.steps_shown for v in views] == [[1], [1], [1]]

    # A frame arriving mid-round (as the first view draws step 2): the views still waiting get
    # it, the one done is queued again.
    views[0].on_shown = lambda step: step == 2 and painter.show(FakeFrame(3))
    with qtbot.waitSignal(painter.painted, timeout=5000) as painted:
        painter.show(FakeFrame(2))
    assert painted.args[0].step == 3
    assert [v.steps_shown for v in views] == [[1, 2, 3], [1, 3], [1, 3]]


class CountingPlot(pg.PlotWidget):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def paintEvent(self, event):
        self.paints += 1
        super().paintEvent(event)


class PlotView(QWidget):
    """A view drawing a curve of its frame's step."""

    def __init__(self):
        super().__init__()
        self.plot = CountingPlot()
        self.curve = self.plot.plot()
        QVBoxLayout(self).addWidget(self.plot)
        self.paints_at_turn: list[int] = []

    def show_frame(self, frame) -> None:
        self.paints_at_turn.append(self.plot.paints)
        self.curve.setData(np.arange(frame.step + 2), np.arange(frame.step + 2) ** 2)


def test_a_view_draws_its_plots_in_the_pass_of_its_turn(qtbot):
    view = PlotView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.plot.paints > 0)        # on screen, drawn once
    painter = FramePainter([RegisteredView(view, None)])
    paints_when_painted = []
    painter.painted.connect(lambda _frame: paints_when_painted.append(view.plot.paints))
    with qtbot.waitSignal(painter.painted, timeout=5000):
        painter.show(FakeFrame(1))
    # pyqtgraph left alone draws the new curve in a queued call, at the start of a later pass,
    # where it would run back to back with the next view's turn; here the view's turn draws it.
    assert len(paints_when_painted) == len(view.paints_at_turn) == 1
    assert paints_when_painted[0] > view.paints_at_turn[0]


def test_a_frame_of_a_run_at_rest_reaches_every_view_at_once(qtbot):
    views = [RecordingView() for _ in range(3)]
    for view in views:
        qtbot.addWidget(view)
    painter = FramePainter([RegisteredView(view, None) for view in views])
    painter.show(FakeFrame(1))                          # a round starts in the next pass...
    with qtbot.waitSignal(painter.painted, timeout=1000):
        painter.show(FakeFrame(2, status="paused"))     # ...but the pause reaches everyone in this one
        assert [v.steps_shown for v in views] == [[2], [2], [2]]
    assert not painter.busy


class TwoPartView(QLabel):
    """A view drawing its frame in two parts, each noting the event-loop pass it ran in."""

    def __init__(self, passes):
        super().__init__("two parts")
        self.passes = passes
        self.parts: list[tuple[str, int, int]] = []      # (part, step, pass)

    def frame_parts(self, frame):
        self.parts.append(("first", frame.step, self.passes[0]))
        self.after_first_part()
        yield
        self.parts.append(("second", frame.step, self.passes[0]))

    def show_frame(self, frame) -> None:
        for _ in self.frame_parts(frame):
            pass

    def after_first_part(self) -> None:
        """A test's hook."""


def pass_counter(qtbot) -> tuple[list[int], object]:
    """A count of event-loop passes: a 0 ms timer fires once in each."""
    from PySide6.QtCore import QTimer
    passes = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: passes.__setitem__(0, passes[0] + 1))
    timer.start(0)
    return passes, timer


def test_a_view_in_parts_draws_each_part_in_a_pass_of_its_own_before_the_next_view(qtbot):
    passes, timer = pass_counter(qtbot)
    parted, after = TwoPartView(passes), RecordingView()
    for view in (parted, after):
        qtbot.addWidget(view)
    seen_after: list[int] = []
    after.on_shown = lambda step: seen_after.append(passes[0])
    painter = FramePainter([RegisteredView(parted, None), RegisteredView(after, None)])
    with qtbot.waitSignal(painter.painted, timeout=5000):
        painter.show(FakeFrame(1))
    timer.stop()
    (first, step1, pass1), (second, step2, pass2) = parted.parts
    assert (first, second, step1, step2) == ("first", "second", 1, 1)
    assert pass1 < pass2 < seen_after[0]


def test_a_run_at_rest_shows_a_view_cut_short_between_its_parts_whole_at_once(qtbot):
    from PySide6.QtCore import QTimer
    passes, timer = pass_counter(qtbot)
    parted = TwoPartView(passes)
    qtbot.addWidget(parted)
    painter = FramePainter([RegisteredView(parted, None)])
    paused = FakeFrame(2, status="paused")
    # The pause arrives at the start of the pass after the first part of step 1 (a posted call
    # comes before the painter's timer), so before its second part.
    parted.after_first_part = lambda: not parted.parts[1:] and QTimer.singleShot(0, lambda: painter.show(paused))
    with qtbot.waitSignal(painter.painted, timeout=5000, check_params_cb=lambda frame: frame is paused):
        painter.show(FakeFrame(1))
    assert [(part, step) for part, step, _ in parted.parts] == [("first", 1), ("first", 2), ("second", 2)]
    assert not painter.busy
    # Step 1's second part is dropped for good: the next round draws only the newer frame.
    with qtbot.waitSignal(painter.painted, timeout=5000):
        painter.show(FakeFrame(3))
    timer.stop()
    assert [(part, step) for part, step, _ in parted.parts][3:] == [("first", 3), ("second", 3)]


def test_jobs_drawn_outside_frames_take_one_part_per_pass_in_the_order_they_came(qtbot):
    from workbench.views import PartsInPasses
    passes, timer = pass_counter(qtbot)
    widget = QLabel()
    qtbot.addWidget(widget)
    drawn: list[tuple[str, int]] = []

    def job(name):
        drawn.append((name + "1", passes[0]))
        yield
        drawn.append((name + "2", passes[0]))

    jobs = PartsInPasses(widget)
    jobs.add(job("a"))
    jobs.add(job("b"))
    assert drawn == []                                  # none in the pass that added them
    qtbot.waitUntil(lambda: not jobs.pending)
    timer.stop()
    assert [name for name, _ in drawn] == ["a1", "a2", "b1", "b2"]
    assert all(p < q for (_, p), (_, q) in zip(drawn, drawn[1:]))     # each in a pass of its own
    jobs.add(job("c"))
    jobs.clear()                                        # everything drawn anew: the job is dropped
    qtbot.wait(0)
    assert not jobs.pending and len(drawn) == 4


class LinkedPlotsView(QWidget):
    """Two plots drawn in two parts, the first naming the plot it changed."""

    def __init__(self):
        super().__init__()
        self.first, self.second = CountingPlot(), CountingPlot()
        layout = QVBoxLayout(self)
        layout.addWidget(self.first)
        layout.addWidget(self.second)

    def frame_parts(self, frame):
        self.first.plot([0.0, 1.0], [0.0, frame.step])
        yield self.first
        self.second.plot([0.0, 1.0], [frame.step, 0.0])


def test_a_part_that_names_one_plot_has_only_that_plot_drawn_in_its_pass(qtbot, monkeypatch):
    import workbench.views as views
    view = LinkedPlotsView()
    qtbot.addWidget(view)
    drawn = []
    monkeypatch.setattr(views, "draw_now", drawn.append)
    painter = FramePainter([RegisteredView(view, None)])
    with qtbot.waitSignal(painter.painted, timeout=5000):
        painter.show(FakeFrame(1))
    assert drawn == [view.first, view]      # the named plot, then (the last part) the whole view


def test_a_windows_drawing_work_takes_one_part_of_one_client_per_pass(qtbot):
    """A view's turn, a diagram's slice and a Compare update never run back to back in one pass."""
    from workbench.views import PartsInPasses, PassQueue
    passes, timer = pass_counter(qtbot)
    window = QWidget()
    qtbot.addWidget(window)
    parted = TwoPartView(passes)
    parted.setParent(window)
    other = QLabel(window)
    drawn: list[int] = []

    def job():
        drawn.append(passes[0])
        yield
        drawn.append(passes[0])

    painter = FramePainter([RegisteredView(parted, None)], parent=window)
    jobs = PartsInPasses(other)
    assert PassQueue.find(other) is PassQueue.find(parted) is not None      # one queue per window
    with qtbot.waitSignal(painter.painted, timeout=5000):
        painter.show(FakeFrame(1))
        jobs.add(job())
    qtbot.waitUntil(lambda: not jobs.pending)
    timer.stop()
    all_parts = [p for _, _, p in parted.parts] + drawn
    assert len(all_parts) == 4 and len(set(all_parts)) == 4                 # four parts, four passes
