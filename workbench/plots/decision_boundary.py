"""Decision regions of a 2-D classifier: class probabilities over a grid, data points on top."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from workbench.plots.style import (
    CLASS_COLORS, CLASS_RGB, POINT_OUTLINE, ThemedPlotWidget, background_color, cache_as_pixmap, reason_label,
)

POINT_SIZE = 8
REGION_OPACITY = 0.6


def blend_class_colors(probs: np.ndarray, background_rgb: np.ndarray) -> np.ndarray:
    """RGB image (ny, nx, 3) uint8 from class probabilities (ny, nx, n_classes).

    Each pixel mixes the class colours by probability, then fades towards the background as the
    prediction gets less certain (max probability down to 1/n_classes), so confident regions are
    saturated and the boundary between them pale.  Colours repeat beyond 10 classes.
    """
    n_classes = probs.shape[-1]
    palette = CLASS_RGB[np.arange(n_classes) % len(CLASS_RGB)]
    mixed = probs.astype(np.float32) @ palette
    chance = 1.0 / n_classes
    certainty = np.clip((probs.max(axis=-1, keepdims=True) - chance) / (1.0 - chance), 0.0, 1.0)
    # Never fully background: even a coin-flip region keeps a hint of its leading colours.
    opacity = 0.2 + 0.8 * certainty
    rgb = background_rgb + (mixed - background_rgb) * opacity
    # A diverged net predicts NaN: show no colour there rather than garbage.
    rgb = np.where(np.isnan(rgb), background_rgb, rgb)
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


class DecisionBoundary(QtWidgets.QWidget):
    """What the network predicts over the input plane, under the training points."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.view = ThemedPlotWidget()
        self.view.setToolTip(self.tr(
            "The input plane coloured by the class the network predicts there; pale where it is "
            "unsure, so the pale seams are its decision boundaries. Dots are the data, coloured "
            "by their true class: a dot on a different colour is misclassified."))
        self.plot = self.view.getPlotItem()
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "x₂")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        # Translucent, so the points (drawn in the same class colours) stand out on their region.
        self.image.setOpacity(REGION_OPACITY)
        self.plot.addItem(self.image)
        self.points = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=1))
        self.points.setZValue(10)
        cache_as_pixmap(self.points)   # the data stay put while the regions under them change
        self.plot.addItem(self.points)
        # Which colour is which class, in the data's own names, in a corner over the plane.
        self.legend = pg.LegendItem(offset=(4, 4), brush=pg.mkBrush(255, 255, 255, 170), labelTextSize="8pt")
        self.legend.setParentItem(self.plot.vb)
        self.legend.setZValue(20)
        self.view.apply_theme()

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._brushes = [pg.mkBrush(c) for c in CLASS_COLORS]
        self._extent: tuple[float, float, float, float] | None = None

    def set_points(self, x: np.ndarray, labels: np.ndarray, n_classes: int,
                   class_names: tuple[str, ...] = (), feature_names: tuple[str, ...] = ()) -> None:
        """The data to draw: (n, 2) inputs and their integer class labels in [0, n_classes); the
        legend names the classes and the axes the two features (defaults: class k, x₁, x₂)."""
        labels = np.asarray(labels, dtype=np.intp)
        if len(labels) and (labels.min() < 0 or labels.max() >= n_classes):
            raise ValueError(f"labels must lie in [0, {n_classes}), got {labels.min()}..{labels.max()}")
        brushes = [self._brushes[label % len(self._brushes)] for label in labels]
        self.points.setData(pos=np.asarray(x, dtype=np.float64), brush=brushes)
        x_name, y_name = feature_names if len(feature_names) == 2 else ("x₁", "x₂")
        self.plot.setLabel("bottom", x_name)
        self.plot.setLabel("left", y_name)
        if len(class_names) != n_classes:
            class_names = [f"class {k}" for k in range(n_classes)]
        # A generated set's classes are "class 0", "class 1"...: words to translate; a real set's are its own.
        names = [self.tr("class {k}").format(k=k) if name == f"class {k}" else name for k, name in enumerate(class_names)]
        self.legend.clear()
        for k, name in enumerate(names):
            sample = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=1),
                                        brush=self._brushes[k % len(self._brushes)])
            self.legend.addItem(sample, name)
        self.legend.setLabelTextColor(QtGui.QColor("#202020"))   # on its light box, any theme

    def update_grid(self, probs: np.ndarray, extent: tuple[float, float, float, float]) -> None:
        """Class probabilities (ny, nx, n_classes) on a grid spanning (xmin, xmax, ymin, ymax).

        Row 0 of the grid is at ymin (drawn at the bottom), column 0 at xmin.
        """
        background = np.array(background_color(self.view).getRgb()[:3], dtype=np.float32)
        self.image.setImage(blend_class_colors(probs, background), autoLevels=False)
        xmin, xmax, ymin, ymax = extent
        self.image.setRect(xmin, ymin, xmax - xmin, ymax - ymin)
        if extent != self._extent:
            self._extent = extent
            self.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)

    def clear(self) -> None:
        self.image.clear()
        self.points.clear()
        self.legend.clear()
        self._extent = None


class BoundaryView(QtWidgets.QStackedWidget):
    """The decision-boundary dock: the plot, or, for data that has none, why not."""
    pictures = ("boundary",)      # painted by the training process (workbench.views)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.plot = DecisionBoundary()
        self.reason = reason_label(self.tr(
            "No decision boundary for this data: it is drawn for classification data with two "
            "input features, where every point of the plane can be coloured by the class the "
            "network predicts there. Choose a 2-D set such as moons, circles or spirals under "
            "Data to see one."))
        self.addWidget(self.plot)
        self.addWidget(self.reason)
        self._points = None        # the data drawn: one object per run
        self._grid_step: int | None = None

    def show_frame(self, frame) -> None:
        """A view of the window: draw a RunFrame's points and its newest boundary grid."""
        available = frame.points is not None
        self.setCurrentWidget(self.plot if available else self.reason)
        if frame.points is not self._points:
            self._points = frame.points
            self._grid_step = None
            self.plot.clear()
            if available:
                points = frame.points
                self.plot.set_points(points.x, points.labels, len(points.class_names), points.class_names,
                                     points.feature_names)
        # Frames arrive faster than grids: within one run (one points object) a step has one grid.
        grid = frame.boundary
        if grid is not None and grid.step != self._grid_step:
            self._grid_step = grid.step
            self.plot.update_grid(grid.probabilities, grid.extent)
