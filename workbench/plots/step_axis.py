"""The training-step axis shared by the heatmap and the loss plot.

Steps are whole numbers: the axis never puts a tick between two steps (F10 single steps would
otherwise be read off ticks at 0.5, 1.5), linear or log.  Step s is drawn centred on s: a plot's
data spans from half a step before its first step to half a step after its last, so a heatmap
cell and a loss point of the same step sit at the same x.  ``StepAxisLink`` keeps several step
axes showing the same steps: zoom or pan one and the others follow, switch one to a log scale and
the others switch too; while a run grows, each takes the steps the others grew to with its own
next frame.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets


LABEL_GAP_PX = 6      # the least room between two step labels


def next_round_spacing(spacing: float) -> float:
    """The next tick spacing in 1, 2, 5, 10, 20, 50, ... after ``spacing``."""
    exponent = np.floor(np.log10(spacing))
    for mantissa in (1.0, 2.0, 5.0, 10.0):
        candidate = mantissa * 10.0 ** exponent
        if candidate > spacing * (1 + 1e-9):
            return float(candidate)
    return float(20.0 * 10.0 ** exponent)


class StepAxis(pg.AxisItem):
    """A bottom axis with ticks on whole steps only, labelled as plain integers."""

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.setLabel(QtCore.QCoreApplication.translate("StepAxis", "step"))

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        if self.logMode:
            return super().tickSpacing(minVal, maxVal, size)
        levels = [(max(spacing, 1.0), offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size)]
        # Spacings below one step all became 1: keep one level of them.
        levels = [level for i, level in enumerate(levels) if level not in levels[:i]]
        # pyqtgraph spaces ticks by the axis' length alone: in a narrow plot (Compare's heatmaps)
        # the labels ran together ("50100150").  Labelled ticks keep a label's width apart.
        span = maxVal - minVal
        if not levels or span <= 0 or size <= 0:
            return levels
        font = self.style["tickFont"] or self.font()
        label_px = QtGui.QFontMetrics(font).horizontalAdvance(f"{int(max(abs(minVal), abs(maxVal))):d}")
        major = levels[0][0]
        while major * size / span < label_px + LABEL_GAP_PX:
            major = next_round_spacing(major)
        return levels if major == levels[0][0] else [(major, 0.0)]

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        return [(spacing, [v for v in values if _is_whole_step(v)]) for spacing, values in levels]

    def tickStrings(self, values, scale, spacing):
        steps = 10.0 ** np.asarray(values, dtype=float) if self.logMode else np.asarray(values, dtype=float)
        return [f"{int(round(s)):d}" for s in steps * scale]


def _is_whole_step(log_value: float) -> bool:
    step = 10.0 ** log_value
    return step >= 1.0 - 1e-9 and abs(step - round(step)) < 1e-6 * step


def step_span(starts: np.ndarray, widths: np.ndarray) -> tuple[float, float]:
    """The x extent of points that start at `starts` and cover `widths` steps each: from half a
    step before the first step to half a step after the last."""
    return float(starts[0]) - 0.5, float(starts[-1] + widths[-1]) - 0.5


def step_to_view(x: float | np.ndarray, log: bool):
    """A step position as the view's coordinate (log10 of it on a log axis)."""
    return np.log10(x) if log else x


class StepAxisLink(QtCore.QObject):
    """Keeps the step axes of several plots on the same steps and the same scale.

    Each member is a widget with ``plot`` (a PlotItem), ``follower`` (a RangeFollower),
    ``log_x_toggle`` (a checkbox) and ``set_log_x(on)``.
    """

    def __init__(self, members: list, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.members = list(members)
        self._syncing = False
        for member in self.members:
            vb = member.plot.getViewBox()
            vb.sigXRangeChanged.connect(lambda _vb, _range, source=member: self._follow_range(source))
            vb.sigRangeChangedManually.connect(lambda *_, source=member: self._take_users_range(source))
            member.follower.taken_back.connect(lambda source=member: self._take_back_all(source))
            member.log_x_toggle.toggled.connect(self._follow_log)

    def _follow_range(self, source) -> None:
        if self._syncing:
            return
        x0, x1 = source.plot.getViewBox().viewRange()[0]
        if source.follower.fitting_growing_run:
            # The axis grew with a live run: the others take it with their own next frame, a
            # pass or two later.  Moving them now would draw each of them twice per frame.
            steps = (10.0 ** x0, 10.0 ** x1) if source.follower.log_x else (x0, x1)
            for member in self.members:
                if member is not source:
                    member.follower.adopt_x(*steps)
            return
        self._syncing = True
        try:
            for member in self.members:
                if member is not source:
                    member.plot.getViewBox().setXRange(x0, x1, padding=0)
        finally:
            self._syncing = False

    def _take_users_range(self, source) -> None:
        """The user panned or zoomed ``source``: every plot stops following and shows its steps."""
        for member in self.members:
            member.follower.release()
        self._follow_range(source)

    def _take_back_all(self, source) -> None:
        for member in self.members:
            if member is not source and not member.follower.following:
                member.follower.take_back()

    def _follow_log(self, on: bool) -> None:
        for member in self.members:
            if member.log_x_toggle.isChecked() != on:
                member.set_log_x(on)


def log_step_toggle(parent: QtWidgets.QWidget) -> QtWidgets.QCheckBox:
    """The "Log steps" checkbox of a plot with a step axis."""
    toggle = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("StepAxis", "Log steps"))
    toggle.setToolTip(QtCore.QCoreApplication.translate("StepAxis",
        "Show the step axis on a logarithmic scale: the first steps of a long run, where most of "
        "the change happens, get as much room as the thousands after them. The heatmap and the "
        "loss plot switch together."))
    return toggle
