"""Distributions dock: for a chosen layer, its pre-activations, activations and gradients as
quantile bands over the steps (TensorBoard's distributions) and a histogram of the newest sample.

The numbers are the training process's ``distributions`` picture (``engine.distributions``); this
view only draws them, and only when a newer picture arrives or another layer is chosen.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.distributions import BASIS_POINTS, KINDS, DistributionPicture, quantile_column
from workbench.language import TranslatedTable
from workbench.plots.style import CLASS_COLORS, ThemedPlotWidget, background_color, band_path, series_color
from workbench.views import draw_whole

# Bands from the outside in: (lower, upper) basis-point indices and the band's opacity.
BANDS = ((0, 8, 45), (1, 7, 70), (2, 6, 100), (3, 5, 140))
MEDIAN = 4
KIND_COLORS = {"pre_activation": CLASS_COLORS[0], "activation": CLASS_COLORS[2], "gradient": CLASS_COLORS[3]}
KIND_TITLES = TranslatedTable("DistributionsView", {
    "pre_activation": QT_TRANSLATE_NOOP("DistributionsView", "pre-activation z = xW + b"),
    "activation": QT_TRANSLATE_NOOP("DistributionsView", "activation h = act(z)"),
    "gradient": QT_TRANSLATE_NOOP("DistributionsView", "gradient dL/dh"),
})
KIND_AXES = {"pre_activation": "z", "activation": "h", "gradient": "dL/dh"}
AXIS_FONT_PT = 8
LEFT_AXIS_WIDTH = 52        # the same for every row, so the three band plots line up
KIND_HELP = TranslatedTable("DistributionsView", {
    "pre_activation": QT_TRANSLATE_NOOP("DistributionsView", "What each unit adds up before its activation. ReLU units whose z is negative for every "
                                                             "input are dead; sigmoid/tanh units with |z| beyond about 3 are saturated."),
    "activation": QT_TRANSLATE_NOOP("DistributionsView", "The layer's outputs. Sigmoid outputs piling up at 0 and 1 (tanh at -1 and 1) mean "
                                                         "saturated units, whose slope, and so whose gradient, is almost zero."),
    "gradient": QT_TRANSLATE_NOOP("DistributionsView", "The gradient of the loss with respect to the layer's outputs, per unit and sample. A band "
                                                       "shrinking towards 0 over the steps, or far narrower than the next layer's, is a vanishing gradient."),
})


def compact(plot: pg.PlotItem) -> None:
    """Small fonts and no buttons: three rows of plots share a dock."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    font = QtGui.QFont()
    font.setPointSize(AXIS_FONT_PT)
    for name in ("left", "bottom"):
        plot.getAxis(name).setStyle(tickFont=font)
        plot.getAxis(name).label.setFont(font)


class KindPlots:
    """One row of the dock: the band plot over steps and the newest histogram of one kind of value."""

    def __init__(self, kind: str, parent: QtWidgets.QWidget):
        self.kind = kind
        self.bands_view = ThemedPlotWidget()
        self.bands_view.setToolTip(QtCore.QCoreApplication.translate("DistributionsView",
            "{0}: quantiles over the steps, from the outer band out to the extremes: min–max, 7–93%, 16–84% "
            "(±1 standard deviation for a normal distribution), 31–69%, and the median as a line.\n{1}").format(
                KIND_TITLES[kind], KIND_HELP[kind]))
        self.histogram_view = ThemedPlotWidget()
        self.histogram_view.setToolTip(QtCore.QCoreApplication.translate(
            "DistributionsView", "{0}: histogram of the newest sample.").format(KIND_TITLES[kind]))
        plot = self.bands_view.getPlotItem()
        plot.setLabel("left", KIND_AXES[kind])
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.bands_plot = plot
        color = QtGui.QColor(series_color(KIND_COLORS[kind], background_color(self.bands_view)))
        # Each band is one filled polygon built from the arrays at once: pyqtgraph's FillBetweenItem
        # rebuilds its path in Python on every curve update (~4 ms each, 12 per picture).
        self.bands = []
        for _low, _high, alpha in BANDS:
            fill = QtGui.QColor(color)
            fill.setAlpha(alpha)
            band = QtWidgets.QGraphicsPathItem()
            band.setBrush(pg.mkBrush(fill))
            band.setPen(pg.mkPen(None))
            plot.addItem(band)
            self.bands.append(band)
        self.median = plot.plot(pen=pg.mkPen(color, width=2))
        plot.disableAutoRange()               # the range is set from the extremes of each picture
        histogram_plot = self.histogram_view.getPlotItem()
        histogram_plot.hideAxis("left")      # counts: the shape is what matters
        for item in (plot, histogram_plot):
            compact(item)
        self.histogram = histogram_plot.plot(stepMode="center", fillLevel=0, brush=pg.mkBrush(color), pen=pg.mkPen(color))

    def show(self, quantiles: dict, layer: int, histogram: tuple[np.ndarray, np.ndarray]) -> None:
        steps = quantiles["step"].astype(np.float64)
        columns = [quantiles[quantile_column(layer, self.kind, point)].astype(np.float64) for point in BASIS_POINTS]
        for band, (low, high, _alpha) in zip(self.bands, BANDS):
            band.setPath(band_path(steps, columns[low], columns[high]))
        self.median.setData(steps, columns[MEDIAN])
        finite = np.concatenate([columns[0], columns[-1]])
        finite = finite[np.isfinite(finite)]
        if len(steps) and finite.size:
            self.bands_plot.setRange(xRange=(steps[0], max(steps[-1], steps[0] + 1)),
                                     yRange=(finite.min(), finite.max()), padding=0.05)
        counts, edges = histogram
        if len(counts):
            self.histogram.setData(edges, counts)
        else:
            self.histogram.setData([], [])


class DistributionsView(QtWidgets.QWidget):
    """A layer chooser over three rows (pre-activations, activations, gradients)."""
    pictures = ("distributions",)      # painted by the training process (workbench.views)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.layer_box = QtWidgets.QComboBox()
        self.layer_box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_box.setToolTip(self.tr(
            "The layer whose values are shown (input side first). Rows: pre-activations z, activations h and "
            "the gradient dL/dh, as quantile bands over the steps (left) and a histogram of the newest sample "
            "(right). The values are those of a fixed batch of up to 256 training samples, sampled a few times "
            "a second during training."))
        self.layer_box.currentIndexChanged.connect(self._redraw)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Layer:")))
        top.addWidget(self.layer_box)
        top.addStretch(1)
        grid = QtWidgets.QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        self.rows = [KindPlots(kind, self) for kind in KINDS]
        for row, plots in enumerate(self.rows):
            grid.addWidget(plots.bands_view, row, 0)
            grid.addWidget(plots.histogram_view, row, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.shown_picture: DistributionPicture | None = None
        self._drawn_whole: DistributionPicture | None = None

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame's newest distributions picture, if it is new."""
        draw_whole(self.frame_parts(frame))

    def frame_parts(self, frame) -> Iterator[None]:
        """The three rows in passes of their own (workbench.views): together they took 25-70 ms."""
        picture = frame.pictures.get("distributions")
        if picture is not None and picture is not self._drawn_whole:
            yield from self._picture_parts(picture)

    def show_picture(self, picture: DistributionPicture) -> None:
        draw_whole(self._picture_parts(picture))

    def _picture_parts(self, picture: DistributionPicture) -> Iterator[None]:
        self.shown_picture = picture
        names = list(picture.layer_names)
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != names:
            with QtCore.QSignalBlocker(self.layer_box):
                chosen = self.layer_box.currentIndex()
                self.layer_box.clear()
                self.layer_box.addItems(names)
                self.layer_box.setCurrentIndex(chosen if 0 <= chosen < len(names) else 0)
        yield from self._redraw_parts()
        self._drawn_whole = picture      # only now: a round cut short draws it again

    @property
    def layer(self) -> int:
        return self.layer_box.currentIndex()

    def _redraw(self) -> None:
        draw_whole(self._redraw_parts())

    def _redraw_parts(self) -> Iterator[None]:
        picture = self.shown_picture
        if picture is None or self.layer < 0:
            return
        for row, (plots, histogram) in enumerate(zip(self.rows, picture.histograms[self.layer])):
            if row:
                yield
            plots.show(picture.quantiles, self.layer, histogram)
