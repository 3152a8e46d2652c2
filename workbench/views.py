"""The window's views: each shows RunFrames, and adding one is one registration.

A view is a widget with ``show_frame(frame: RunFrame)``.  ``MainWindow.register_view`` puts it in
a dock (or in the centre) and from then on hands it the newest frame whenever it is visible: a
hidden view (its dock closed, or tabbed behind another) skips frames and catches up with the
newest one when it is shown again.  A ``deferred`` view repaints in the event-loop pass after the
others, so no single pass paints every plot and a timer or a key press can run in between.

A view that draws pictures the training process paints (``RunFrame.pictures``) names them in a
``pictures`` class attribute: while it is hidden, the process does not spend its time on them.

A view that needs more than frames (the experiment being edited, the runner's signals, the
window's error reporting) has an ``attach(context: ViewContext)`` method, called once at
registration, and wires itself there; the window never grows a branch for it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QDockWidget, QWidget

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
    deferred: bool

    @property
    def visible(self) -> bool:
        # A dock behind another tab still counts as visible to Qt, but nothing of it is on screen.
        # The dock's own region (its title bar at least) says so; the view's may be empty while
        # shown, when its children cover it.
        if self.dock is None:
            return True
        return self.widget.isVisible() and not self.dock.visibleRegion().isEmpty()


def wanted_pictures(views: list[RegisteredView]) -> frozenset:
    """The pictures some visible view draws (each view's ``pictures`` attribute)."""
    return frozenset(name for view in views if view.visible for name in getattr(view.widget, "pictures", ()))
