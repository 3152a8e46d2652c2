"""Shared look of the plots: colours that follow the Qt palette, the colour map, the bands' colours.

Importing this module sets pyqtgraph's global image axis order once (DESIGN.md rule 3), so every
image in the workbench is indexed ``image[row, column]`` with row 0 drawn at the bottom of a plot.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

pg.setConfigOptions(imageAxisOrder="row-major")

# The heatmap's colour map; each metric's fixed scale is in engine.layer_health.METRICS.
HEATMAP_COLORMAP = "inferno"   # perceptual: vanishing is dark, exploding is bright

# Qualitative palette for up to 10 classes (Tableau 10: distinct in hue and lightness).
CLASS_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)
CLASS_RGB = np.array([QtGui.QColor(c).getRgb()[:3] for c in CLASS_COLORS], dtype=np.float32)
POINT_OUTLINE = "#202020"

TRAIN_COLOR = CLASS_COLORS[0]
VALIDATION_COLOR = CLASS_COLORS[1]

# Bars of the per-layer view, by where the magnitude falls against the healthy band.
BELOW_BAND_COLOR = "#3b6fd1"     # vanishing: cold blue
INSIDE_BAND_COLOR = "#2ca02c"    # healthy: green
ABOVE_BAND_COLOR = "#d62728"     # exploding: red
BAND_FILL = (44, 160, 44, 40)    # the healthy band itself: faint green


def number_text(x: float) -> str:
    """A number as the views write it: four significant digits, or nan / inf."""
    return f"{float(x):.4g}"


def power_of_ten_label(exponent: int) -> str:
    """'1e-8' style labels: short, and readable in any font (superscript glyphs often are not)."""
    return f"1e{exponent:d}"


def log_ticks(low: float, high: float, step: int = 1) -> list[tuple[float, str]]:
    """Major ticks at every `step`-th integer exponent in [low, high], labelled as powers of ten."""
    exponents = range(int(np.ceil(low)), int(np.floor(high)) + 1)
    return [(float(e), power_of_ten_label(e)) for e in exponents if e % step == 0]


def set_named_ticks(axis: pg.AxisItem, ticks: list[tuple[float, str]]) -> None:
    """Label a vertical axis with names, widened up front so no name is clipped on first paint
    (pyqtgraph otherwise only grows the axis after drawing once)."""
    axis.setTicks([ticks])
    metrics = QtGui.QFontMetricsF(axis.font())
    text_width = max((metrics.horizontalAdvance(name) for _, name in ticks), default=0.0)
    axis.setWidth(int(text_width + axis.style["tickTextOffset"][0] + 12))


def band_path(steps: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> QtGui.QPainterPath:
    """The closed polygon between two curves (steps where either is not finite left out), built
    from the arrays at once."""
    ok = np.isfinite(steps) & np.isfinite(lower) & np.isfinite(upper)
    x, low, high = steps[ok], lower[ok], upper[ok]
    if not len(x):
        return QtGui.QPainterPath()
    path = pg.arrayToQPath(np.concatenate([x, x[::-1]]), np.concatenate([high, low[::-1]]), connect="all")
    path.closeSubpath()
    return path


class BandItem(pg.FillBetweenItem):
    """The fill between two curves, outlined from their displayed arrays (after the plot's log
    mapping and downsampling) by ``band_path``: pyqtgraph's own outline joins the curves' polygons
    in Python, which took 40-80 ms for a few hundred points in the busy window."""

    def updatePath(self) -> None:
        (x, low), (_x, high) = (curve.getData() for curve in self.curves)
        self.setPath(band_path(x, low, high) if x is not None and high is not None else QtGui.QPainterPath())


def reason_label(text: str) -> QtWidgets.QLabel:
    """The sentence that takes a plot's place when the data cannot be drawn that way (and says what can)."""
    label = QtWidgets.QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    label.setMargin(16)
    return label


def cache_as_pixmap(item: QtWidgets.QGraphicsItem) -> None:
    """Paint an item that rarely changes once into a pixmap and blit it on later frames.

    Every repaint of a plot replays its axes (grid lines and tick labels included), which costs
    more than drawing the data; cached, they are re-rendered only when they call update()."""
    item.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)


# WCAG 2's contrast for text: thin curves are read much like text strokes.
MIN_CURVE_CONTRAST = 4.5


def relative_luminance(color: QtGui.QColor) -> float:
    """WCAG 2 relative luminance: 0 for black, 1 for white."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast_ratio(a: QtGui.QColor, b: QtGui.QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def is_dark(color: QtGui.QColor) -> bool:
    """Darker than middle grey, where black text would stop being readable."""
    return relative_luminance(color) < 0.18


def series_color(color: str, background: QtGui.QColor) -> QtGui.QColor:
    """`color` as a curve on `background`.  Tableau 10 is made for white, so on a light background
    it is kept; on a dark one its darker hues (the training blue) sink, so they are mixed towards
    white just enough to reach MIN_CURVE_CONTRAST, which keeps their hue recognisable."""
    base = QtGui.QColor(color)
    if not is_dark(background):
        return base
    for step in range(11):
        t = step / 10
        mixed = QtGui.QColor.fromRgbF(*(c + (1.0 - c) * t for c in base.getRgbF()[:3]))
        if contrast_ratio(mixed, background) >= MIN_CURVE_CONTRAST:
            return mixed
    return mixed   # white: the most any colour can stand out on a dark background


def background_color(widget) -> QtGui.QColor:
    return widget.palette().color(QtGui.QPalette.ColorRole.Base)


def foreground_color(widget) -> QtGui.QColor:
    return widget.palette().color(QtGui.QPalette.ColorRole.WindowText)


class ThemedPlotWidget(pg.PlotWidget):
    """A PlotWidget whose background, axes and legend follow the Qt palette, light or dark.

    pyqtgraph's background/foreground options are global and read at item creation; taking the
    colours from this widget's palette instead keeps plots matching the window, and they are
    re-applied when the palette changes (e.g. the system switches to dark mode); `theme_changed`
    then tells the owner to recolour its own items.
    """

    theme_changed = QtCore.Signal()

    def __init__(self, parent=None, **kwargs):
        self._built = False   # palette changes arrive while the base class is still constructing
        super().__init__(parent, **kwargs)
        self._built = True
        self.apply_theme()

    def apply_theme(self) -> None:
        """Colour every axis, legend and label from the palette, cache the axes as pixmaps and
        keep their numbers plain: pyqtgraph's automatic SI prefix would turn a loss of 0.7 into
        "loss (x0.001)" with ticks 680..760, which reads as a loss of 700."""
        fg = foreground_color(self)
        self.setBackground(background_color(self))
        axis_pen = pg.mkPen(fg)
        for item in self.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setPen(axis_pen)
                item.setTextPen(axis_pen)
                item.enableAutoSIPrefix(False)
                cache_as_pixmap(item)
            elif isinstance(item, pg.LegendItem):
                item.setLabelTextColor(fg)
            elif isinstance(item, pg.LabelItem):
                item.setAttr("color", fg)
                item.setText(item.text)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if self._built and event.type() == QtCore.QEvent.Type.PaletteChange:
            self.apply_theme()
            self.theme_changed.emit()
