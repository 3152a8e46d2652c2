"""The fit of a model on 1-D data: data points and the model's output curve, live; for a small
network, every parameter's value over the steps (the single neuron's w and b).

The numbers are the training process's ``fit`` picture (``engine.fit.FitPainter``); this view only
draws them, and only when a newer picture arrives.
"""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from engine.fit import FitPicture
from workbench.plots.style import (CLASS_COLORS, POINT_OUTLINE, ThemedPlotWidget, background_color, reason_label,
                                   series_color)

POINT_SIZE = 6
DATA_COLOR = "#7f7f7f"


class FitView(QtWidgets.QStackedWidget):
    """The fit dock: the plots, or, for data with more than one input, why there are none."""
    pictures = ("fit",)      # painted by the training process (workbench.views)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.fit_view = ThemedPlotWidget()
        self.fit_view.setToolTip(self.tr(
            "The training data (dots) and what the network outputs for every input x (curves), updated as it "
            "trains. Regression: the curve should pass through the cloud of points. Classification: the curve "
            "is the predicted probability of the class; the dots sit at their class (0 or 1)."))
        self.fit_plot = self.fit_view.getPlotItem()
        self.fit_plot.setLabel("bottom", "x")
        self.fit_plot.addLegend(offset=(10, 5))
        self.points = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=0.5))
        self.fit_plot.addItem(self.points)
        self.curves: list[pg.PlotDataItem] = []

        self.parameter_view = ThemedPlotWidget()
        self.parameter_view.setToolTip(self.tr(
            "Every weight and bias of this small network over the training steps: gradient descent moves each "
            "one by -learning rate × its gradient at every step."))
        self.parameter_plot = self.parameter_view.getPlotItem()
        self.parameter_plot.setLabel("bottom", self.tr("step"))
        self.parameter_plot.setLabel("left", self.tr("value"))
        self.parameter_legend = self.parameter_plot.addLegend(offset=(10, 5))
        self.parameter_curves: dict[str, pg.PlotDataItem] = {}

        plots = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fit_view, 3)
        layout.addWidget(self.parameter_view, 2)
        self.reason = reason_label(self.tr(
            "No fit curve for this data: it is drawn for data with one input feature (x), where the network's "
            "output can be plotted against x over the data points. Choose a 1-D set such as sine, polynomial "
            "or threshold under Data to see one."))
        self.addWidget(plots)
        self.addWidget(self.reason)
        self.setCurrentIndex(1)
        self.shown_picture: FitPicture | None = None
        self._points_key: tuple | None = None

    def show_frame(self, frame) -> None:
        """A view of the window: draw the newest fit picture of a RunFrame, if it is new."""
        picture = frame.pictures.get("fit")
        self._set_available("fit" in frame.picture_names)
        if picture is None or picture is self.shown_picture:
            return
        self.shown_picture = picture
        self.show_picture(picture)

    def attach(self, context) -> None:
        """Hidden behind its tabs a view gets no frames; this one still learns of every frame's fit
        picture (a cheap check, no drawing), so it comes to the front when 1-D data arrive."""
        context.runner.frame.connect(lambda frame: self._set_available("fit" in frame.picture_names))

    def _set_available(self, available: bool) -> None:
        """Show the plots or the reason; when 1-D data arrive, bring the dock to the front of its tabs
        (the decision boundary it shares them with has nothing to show for such data)."""
        if available == (self.currentIndex() == 0):
            return
        self.setCurrentIndex(0 if available else 1)
        dock = self.parentWidget()
        if available and isinstance(dock, QtWidgets.QDockWidget):
            dock.raise_()

    def show_picture(self, picture: FitPicture) -> None:
        self._set_points(picture)
        self._set_curves(picture)
        self._set_parameters(picture.parameters)

    def _set_points(self, picture: FitPicture) -> None:
        # The data are the same all run: drawn again only for new data.
        key = (picture.classification, picture.x_data.tobytes(), picture.y_data.tobytes())
        if key == self._points_key:
            return
        self._points_key = key
        if picture.classification:
            brushes = [pg.mkBrush(CLASS_COLORS[label % len(CLASS_COLORS)]) for label in picture.y_data]
            # Two classes: each point at its class, 0 or 1, under P(class 1).  More: each point at 1,
            # in its class's colour, where that class's probability curve should rise to meet it.
            y = picture.y_data.astype(np.float64) if len(picture.curve_labels) == 1 else np.ones(len(picture.y_data))
            self.fit_plot.setLabel("left", self.tr("class / probability"))
        else:
            brushes = pg.mkBrush(DATA_COLOR)
            y = picture.y_data[:, 0]
            self.fit_plot.setLabel("left", "y")
        self.points.setData(x=picture.x_data, y=y, brush=brushes)

    def curve_label(self, label: str) -> str:
        """engine.fit's curve label ("prediction", "output 2", "P(class 1)") in the window's language."""
        if label == "prediction":
            return self.tr("prediction")
        if match := re.fullmatch(r"output (\d+)", label):
            return self.tr("output {n}").format(n=match.group(1))
        if match := re.fullmatch(r"P\(class (\d+)\)", label):
            return self.tr("P(class {k})").format(k=match.group(1))
        return label

    def _set_curves(self, picture: FitPicture) -> None:
        labels = [self.curve_label(label) for label in picture.curve_labels]
        if [curve.name() for curve in self.curves] != labels:
            for curve in self.curves:
                self.fit_plot.removeItem(curve)
            background = background_color(self.fit_view)
            palette = CLASS_COLORS[1:] if len(picture.curve_labels) == 1 else CLASS_COLORS
            self.curves = [self.fit_plot.plot(name=label, pen=pg.mkPen(series_color(palette[j % len(palette)],
                                                                                   background), width=2.5))
                           for j, label in enumerate(labels)]
        for j, curve in enumerate(self.curves):
            curve.setData(picture.xs, picture.outputs[:, j])

    def _set_parameters(self, parameters: dict | None) -> None:
        self.parameter_view.setVisible(parameters is not None)
        if parameters is None:
            return
        names = [name for name in parameters if name not in ("step", "width")]
        if list(self.parameter_curves) != names:
            self.parameter_plot.clear()
            self.parameter_legend.clear()
            background = background_color(self.parameter_view)
            self.parameter_curves = {
                name: self.parameter_plot.plot(name=name, pen=pg.mkPen(
                    series_color(CLASS_COLORS[j % len(CLASS_COLORS)], background), width=2))
                for j, name in enumerate(names)}
        for name, curve in self.parameter_curves.items():
            curve.setData(parameters["step"], parameters[name])
