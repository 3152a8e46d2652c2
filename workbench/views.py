"""The window's views: each shows RunFrames, and adding one is one registration.

A view is a widget with ``show_frame(frame: RunFrame)``.  ``MainWindow.register_view`` puts it in
a dock (or in the centre) and from then on hands it the newest frame whenever it is visible: a
hidden view (its dock closed, or tabbed behind another) skips frames and catches up with the
newest one when it is shown again.  The ``FramePainter`` hands a frame to one view per event-loop
pass and has it draw itself in that same pass, so no pass paints more than one view and a click, a
key press or a timer waits for one view's drawing at most.  A view made of several plots may draw
them in passes of their own: its ``frame_parts(frame)`` is a generator that shows one part per
``next()`` (the last part is the code after its last ``yield``; a part that yields one of the
view's widgets has only that widget's plots drawn in its pass), and its ``show_frame`` runs them
all at once.  Everything the window draws a part per pass (the views' turns, a network
diagram's slices, the Compare dock's updates) goes through the window's ``PassQueue``: one part
of one of them per pass, in turn, never two back to back.

A view that draws pictures the training process paints (``RunFrame.pictures``) names them in a
``pictures`` class attribute: while it is hidden, the process does not spend its time on them.

A view that needs more than frames (the experiment being edited, the runner's signals, the
window's error reporting) has an ``attach(context: ViewContext)`` method, called once at
registration, and wires itself there; the window never grows a branch for it.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QGraphicsScene, QWidget

from workbench.runner import RunFrame, TrainingRunner
from workbench.state import ExperimentState


class FrameView(Protocol):
    def show_frame(self, frame: RunFrame) -> None: ...


@dataclass(frozen=True)
class ViewContext:
    """What a view may connect to besides its frames."""
    state: ExperimentState                 # the experiment being edited (undoable)
    runner: TrainingRunner                 # the current run: its signals and commands
    show_error: Callable[[str], None]      # report a problem to the user (a dialog, or a test's list)


@dataclass
class RegisteredView:
    widget: QWidget                        # a FrameView
    dock: QDockWidget | None               # None: the central widget, always visible

    @property
    def visible(self) -> bool:
        return self.dock is None or on_screen(self.widget)     # None: the central widget


def on_screen(widget: QWidget) -> bool:
    """Whether ``widget`` is on screen.  A dock behind another tab still counts as visible to Qt,
    but nothing of it is on screen: the enclosing dock's own region (its title bar at least) says
    so; the widget's may be empty while shown, when its children cover it."""
    if not widget.isVisible():
        return False
    dock = widget.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    return dock is None or not dock.visibleRegion().isEmpty()


def wanted_pictures(views: list[RegisteredView]) -> frozenset:
    """The pictures some visible view draws (each view's ``pictures`` attribute)."""
    return frozenset(name for view in views if view.visible for name in getattr(view.widget, "pictures", ()))


class PassQueue(QObject):
    """A window's drawing work done a part per event-loop pass.  Each pass runs one client (a
    callable: one part of its work, ``ask`` again for the next), clients in turn: separate
    zero-delay timers would run a view's turn, a diagram's slice and a Compare update back to back
    in one pass whenever all three were due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._clients: deque[Callable[[], None]] = deque()
        self._next_part_due = QTimer(self)
        self._next_part_due.setSingleShot(True)
        self._next_part_due.setInterval(0)
        self._next_part_due.timeout.connect(self._run_one)

    @staticmethod
    def of(widget: QWidget) -> PassQueue:
        """The queue of the window ``widget`` is in, made with the window's first client."""
        return PassQueue.find(widget) or PassQueue(widget.window())

    @staticmethod
    def find(widget: QWidget) -> PassQueue | None:
        return widget.window().findChild(PassQueue, options=Qt.FindChildOption.FindDirectChildrenOnly)

    @staticmethod
    def drop_from(widget: QWidget, client: Callable[[], None]) -> None:
        """Drop ``client`` from the queue of ``widget``'s window, if it has one."""
        queue = PassQueue.find(widget)
        if queue is not None:
            queue.drop(client)

    def ask(self, client: Callable[[], None]) -> None:
        """Run ``client`` in a coming pass (once, however often asked before it runs)."""
        if client not in self._clients:
            self._clients.append(client)
        if not self._next_part_due.isActive():
            self._next_part_due.start()

    def drop(self, client: Callable[[], None]) -> None:
        if client in self._clients:
            self._clients.remove(client)
        if not self._clients:
            self._next_part_due.stop()

    def waiting(self, client: Callable[[], None]) -> bool:
        return client in self._clients

    def _run_one(self) -> None:
        while self._clients:
            client = self._clients.popleft()
            owner = getattr(client, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue                 # its widget was deleted while it waited
            client()
            break
        if self._clients:
            self._next_part_due.start()


class FramePainter(QObject):
    """Hands the newest frame to each visible view.  While a run trains, one view per event-loop
    pass, in registration order, starting in the pass after the frame came (the pass that read it
    has done enough); a frame that arrives during a round joins it (views not waiting any more are
    queued again, and every view still waiting gets the newest frame when its turn comes).  Any
    other frame (a reset, a step, a pause, the end of a run) reaches every visible view at once."""

    painted = Signal(object)     # the frame every visible view now shows (a round ended)

    def __init__(self, views: list[RegisteredView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.frame: RunFrame | None = None      # the newest, for views shown again later
        self._waiting: deque[RegisteredView] = deque()
        self._drawing: tuple[QWidget, Iterator[None]] | None = None   # a view's parts still to draw
        # The window's queue (a painter without a window: its own).
        self._queue = PassQueue.of(parent) if isinstance(parent, QWidget) else PassQueue(self)

    @property
    def busy(self) -> bool:
        """A round is under way: some view still waits for its turn."""
        return self._queue.waiting(self._paint_next)

    def show(self, frame: RunFrame) -> None:
        self.frame = frame
        self._waiting.extend(view for view in self.views if view not in self._waiting)
        if frame.status != "running":
            self._queue.drop(self._paint_next)
            self._drawing = None                 # the view drawing parts is waiting again: whole now
            for view in self._waiting:
                if view.visible:
                    view.widget.show_frame(frame)
            self._waiting.clear()
            self.painted.emit(frame)
        else:
            self._queue.ask(self._paint_next)

    def catch_up(self, view: RegisteredView) -> None:
        """A view shown again gets the newest frame at once."""
        if self.frame is not None and view.visible:
            view.widget.show_frame(self.frame)

    def _paint_next(self) -> None:
        if self._drawing is None:
            self._skip_hidden()
            if self._waiting:
                view = self._waiting.popleft().widget
                self._drawing = view, frame_parts(view, self.frame)
        if self._drawing is not None:
            view, parts = self._drawing
            part = next(parts, FINISHED)
            if part is FINISHED:                     # that was the view's last part
                self._drawing = None
            # A part may name the widget of the view it changed: only its plots are drawn now,
            # the view's others (a linked plot following it) with the next part.
            draw_now(part if isinstance(part, QWidget) else view)
            self._skip_hidden()
        if self._waiting or self._drawing is not None:
            self._queue.ask(self._paint_next)
        else:
            self.painted.emit(self.frame)

    def _skip_hidden(self) -> None:
        while self._waiting and not self._waiting[0].visible:
            self._waiting.popleft()


FINISHED = object()


def draw_whole(parts: Iterator) -> None:
    """Run every part of a drawing at once (a view's ``show_frame``, a run at rest)."""
    for _ in parts:
        pass


class PartsInPasses(QObject):
    """Draws a widget's jobs outside frames (a run record's update, ...) one part per event-loop
    pass in the window's ``PassQueue``, each part drawn in its pass, jobs in the order they came.
    A job is a generator showing one part per ``next()``, like a view's ``frame_parts``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._jobs: deque[Iterator[None]] = deque()

    @property
    def pending(self) -> bool:
        return bool(self._jobs)

    def add(self, job: Iterator[None]) -> None:
        self._jobs.append(job)
        PassQueue.of(self.widget).ask(self._draw_next)

    def clear(self) -> None:
        """Drop the jobs not drawn yet (everything is being drawn anew)."""
        self._jobs.clear()
        PassQueue.drop_from(self.widget, self._draw_next)

    def _draw_next(self) -> None:
        if self._jobs and next(self._jobs[0], FINISHED) is FINISHED:
            self._jobs.popleft()
        draw_now(self.widget)
        if self._jobs:
            PassQueue.of(self.widget).ask(self._draw_next)


def frame_parts(view: QWidget, frame: RunFrame) -> Iterator[None]:
    """The view's parts of showing ``frame``, one per ``next()``: its own ``frame_parts`` or the
    whole ``show_frame`` as one part."""
    parts = getattr(view, "frame_parts", None)
    if parts is not None:
        return parts(frame)
    return in_one_part(view, frame)


def in_one_part(view: QWidget, frame: RunFrame) -> Iterator[None]:
    view.show_frame(frame)
    yield from ()


# A scene's drawing may queue another call (a linked axis follows; pyqtgraph draws once more
# after updating its transforms): two rounds drew everything pending in every view measured, a
# third costs nothing when nothing is left.
DRAW_ROUNDS = 3


def draw_now(view: QWidget) -> None:
    """Draw the plots of ``view`` in this event-loop pass.  A pyqtgraph scene draws its changes in
    a queued call; left queued, the calls of views handed frames in several passes could run back
    to back in one later pass."""
    scenes = view.findChildren(QGraphicsScene)
    for _ in range(DRAW_ROUNDS):
        for scene in scenes:
            QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)
