"""View ranges that change rarely, so axis tick pictures stay valid from one frame to the next.

pyqtgraph's auto-range refits the view to the data on every update; with a growing curve that
moves the axes every frame, and regenerating and repainting the axis pictures is most of what a
frame costs.  Here the step axis grows in jumps to a round number well ahead of the newest step,
and the value axis changes only when the data leaves it (or shrinks to a small part of it), so
everything stays visible and the newest data is never glued to the right edge.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

# Round right edges of the step axis: these times a power of ten.
NICE_MANTISSAS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
# The step axis grows to at least this much beyond the newest step, so it moves rarely: each move
# redraws the plot and its axes whole (~30 ms for the loss plot, several times a frame's drawing),
# about four times per decade of steps here (1.25 moved it eight times).
HEADROOM = 2.0
# ...and grows again before the newest step reaches the edge: it keeps this much room at least.
EDGE_ROOM = 1.05
PADDING = 0.05          # fraction of the data's span added on each side of the value axis
MIN_FILL = 0.5          # refit the value axis when the data spans less than this of it
IDLE_STEPS = 100        # the step axis of a plot with no data yet: a run's first steps


def nice_ceiling(value: float) -> float:
    """The smallest round number (1, 1.5, 2, 3, 4, 5, 6, 8 times a power of ten) >= value > 0."""
    exponent = math.floor(math.log10(value))
    for mantissa in NICE_MANTISSAS:
        candidate = mantissa * 10.0 ** exponent
        if candidate >= value * (1 - 1e-12):
            return candidate
    return 10.0 ** (exponent + 1)   # unreachable: 10 * 10**exponent > value


def step_limit(newest: float, current: float | None) -> float:
    """Right edge of the step axis: kept while the newest step stays EDGE_ROOM clear of it,
    else a round number at least HEADROOM times ahead of it."""
    if current is not None and newest * EDGE_ROOM <= current:
        return current
    return nice_ceiling(max(newest, 1.0) * HEADROOM)


def value_range(current: tuple[float, float] | None, low: float, high: float) -> tuple[float, float]:
    """The value axis for data spanning [low, high]: `current` while it holds the data and the
    data fills at least MIN_FILL of it, otherwise the data's span plus PADDING on each side."""
    span = high - low
    if current is not None:
        fits = current[0] <= low and high <= current[1]
        if fits and span >= MIN_FILL * (current[1] - current[0]):
            return current
    pad = PADDING * span if span > 0 else max(abs(high) * PADDING, 0.5)
    return low - pad, high + pad


def finite_bounds(*arrays: np.ndarray) -> tuple[float, float] | None:
    """(min, max) over the finite values of all arrays, or None if there are none."""
    finite = [a[np.isfinite(a)] for a in arrays if len(a)]
    finite = [a for a in finite if len(a)]
    if not finite:
        return None
    return min(float(a.min()) for a in finite), max(float(a.max()) for a in finite)


class RangeFollower(QtCore.QObject):
    """Keeps a plot's view on all its data with the stable ranges above.

    The user's pan or zoom takes over (the view then stays where they put it); pyqtgraph's "A"
    button or the menu's auto-range hands the view back (``taken_back``).  pyqtgraph's own
    auto-range stays off: it would refit every frame.  Step positions are given in steps; with
    ``log_x`` the view shows log10 of them.
    """

    taken_back = QtCore.Signal()

    def __init__(self, plot: pg.PlotItem, follow_y: bool = True, parent: QtCore.QObject | None = None):
        # Give it a parent (the plot's widget): it then dies with it, and so do its connections.
        super().__init__(parent)
        self.vb = plot.getViewBox()
        self.follow_y = follow_y
        self.following = True
        self.log_x = False
        self._x: tuple[float, float] | None = None
        self._y: tuple[float, float] | None = None
        self._data: tuple | None = None
        self._linked_x: tuple[float, float] | None = None   # steps a linked plot shows (adopt_x)
        self.fitting_growing_run = False      # True while show() moves the view of a run that grows
        self.vb.disableAutoRange()
        self.vb.sigRangeChangedManually.connect(self.release)
        self.vb.sigStateChanged.connect(self._take_back_auto_range)

    def release(self, *_) -> None:
        """Stop following: the user has put the view where they want it."""
        self.following = False

    def reset(self) -> None:
        """Forget the ranges (new run, or an axis changed units): the next show() refits."""
        self._x = self._y = self._data = self._linked_x = None
        self.following = True

    def adopt_x(self, x_low: float, x_high: float) -> None:
        """Steps a linked plot fitted itself to while the run grows: the next show() of a growing
        run covers them too."""
        self._linked_x = (x_low, x_high)

    def show(self, x_low: float, x_newest: float, y_bounds: tuple[float, float] | None = None,
             run_end: float | None = None, growing: bool = True) -> None:
        """Fit the view to data from step x_low to x_newest (and values within y_bounds).

        While the run is ``growing`` the step axis keeps room ahead of the newest step, but never
        past ``run_end`` (where the run will stop); otherwise it ends at the newest step."""
        self._data = (x_low, x_newest, y_bounds, run_end, growing)
        if not self.following:
            return
        if growing:
            right = step_limit(x_newest, self._x[1] if self._x and self._x[0] == x_low else None)
            if run_end is not None:
                right = max(min(right, run_end), x_newest)
        else:
            right = x_newest
        x = (x_low, right)
        if not growing:
            self._linked_x = None            # at rest every linked plot fits the same steps exactly
        elif self._linked_x is not None:
            x = (min(x_low, self._linked_x[0]), max(right, self._linked_x[1]))
        y = self._y
        if self.follow_y and y_bounds is not None:
            y = value_range(self._y, *y_bounds)
        if (x, y) == (self._x, self._y):
            return
        self._x, self._y = x, y
        view_x = (math.log10(x[0]), math.log10(x[1])) if self.log_x else x
        self.fitting_growing_run = growing
        try:
            if y is not None and self.follow_y:
                self.vb.setRange(xRange=view_x, yRange=y, padding=0)
            else:
                self.vb.setXRange(*view_x, padding=0)
        finally:
            self.fitting_growing_run = False

    def take_back(self) -> None:
        """Follow the data again, from the last data shown."""
        data = self._data
        self.reset()
        if data is not None:
            self.show(*data)

    def _take_back_auto_range(self, *_) -> None:
        if not any(self.vb.state["autoRange"]):
            return
        self.vb.disableAutoRange()
        self.take_back()
        self.taken_back.emit()
