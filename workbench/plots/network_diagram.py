"""The network as columns of neurons, forward or backward: what ``engine.explain`` computed, drawn.

Forward: edges coloured by the weight's sign (blue +, orange −) with width by |w|, neurons by their
mean activation on the batch, or, for 2-D inputs, by a small picture of their output over the input
plane (TensorFlow Playground's idea).  Backward: edges by |dL/dW| and neurons by ‖dL/dh‖ on the
gradient heatmap's fixed log scale, so a vanishing net visibly fades towards the input.  Every
neuron's bias is the dot at its top left.  Hovering shows a neuron's or an edge's numbers, a click
keeps them.  The widget only draws: every number comes in the ``NetworkPicture``.
"""
from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QSizePolicy, QTextBrowser, QWidget

from engine.explain import Column, NetworkPicture
from engine.layer_health import METRICS
from workbench.panels.widgets import toolbar_over
from workbench.plots.style import HEATMAP_COLORMAP, background_color, foreground_color, number_text
from workbench.views import PassQueue

FORWARD, BACKWARD = "forward", "backward"
LOG10_MIN, LOG10_MAX = METRICS["grad_h"].scale     # the gradient heatmap's fixed colour scale
POSITIVE = np.array([43, 123, 186])      # blue: a positive weight or value
NEGATIVE = np.array([230, 134, 28])      # orange: a negative one
SATURATED_COLOR = QColor("#d62728")
DEAD_COLOR = QColor("#707070")
MAX_EDGE_WIDTH = 4.0
MIN_EDGE_WIDTH = 0.4
NODE_MIN, NODE_MAX = 5.0, 52.0
EDGE_PICK_PX = 4.0
EDGE_WIDTH_STEPS = 8      # edge widths drawn in steps of 1/8 px, and forward colours in 1/128 of their
EDGE_SHADE_STEPS = 128    # range (under one level of 255): edges alike share one pen and one draw call
ANTIALIASED_EDGES_MAX = 3000   # more edges: drawn plain, and the diagram (else a live one) drawn in
DRAW_SLICE_S = 0.008           # slices of at most this long, one per event-loop pass
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = 54.0, 34.0, 8.0


def _log_position(values: np.ndarray) -> np.ndarray:
    """Where magnitudes fall on the heatmap's fixed log scale, 0 (1e-8 and below) to 1 (1e2)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log10(np.abs(np.asarray(values, dtype=np.float64)))
    return np.clip(np.nan_to_num((logs - LOG10_MIN) / (LOG10_MAX - LOG10_MIN), nan=0.0, neginf=0.0), 0.0, 1.0)


def diverging_rgb(values: np.ndarray, scale: float, background: np.ndarray) -> np.ndarray:
    """Orange for negative, blue for positive, fading into ``background`` at 0; |value| >= scale is
    full colour.  Returns uint8 RGB with a trailing axis of 3."""
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64) / (scale or 1.0)), -1.0, 1.0)[..., None]
    colour = np.where(t >= 0, POSITIVE, NEGATIVE)
    return np.rint(background + (colour - background) * np.abs(t)).astype(np.uint8)


@dataclass(frozen=True)
class Hit:
    """What the mouse is over: a neuron (``source`` None) or the edge source -> unit."""
    column: int
    unit: int                  # position in the column's shown units
    source: int | None = None  # position in the previous column's shown units


class NetworkDiagram(QWidget):
    """The painted diagram; emits what the mouse is over and what was clicked."""
    hovered = Signal(object)       # Hit or None
    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture: NetworkPicture | None = None
        self.mode = BACKWARD
        self.selected: Hit | None = None
        self._lut = pg.colormap.get(HEATMAP_COLORMAP).getLookupTable(0.0, 1.0, 256, alpha=False)
        self._images: dict[int, list[QImage] | None] = {}   # per column, made when forward mode first draws it
        self._layout_size = None
        self._centres: list[np.ndarray] = []     # per column: (shown, 2) node centres
        self._node = 0.0
        self._drawn: QPixmap | None = None       # the diagram as last drawn ...
        self._drawn_key: tuple | None = None     # ... and what it was drawn from
        self._picture_serial = 0                 # counts set_picture calls (an id() may be reused)
        self._drawing: tuple | None = None       # (key, pixmap, steps) of a diagram drawn in slices
        self._live = False                       # the picture is a running training's

    # ------------------------------------------------------------------ data
    def set_picture(self, picture: NetworkPicture | None, live: bool = False) -> None:
        """Show ``picture``; ``live`` (a running training's, soon replaced) is drawn in slices
        whatever its size: even a small net's antialiased diagram took 25-45 ms whole."""
        self._abandon_drawing()
        self.picture = picture
        self._live = live
        self._picture_serial += 1
        self._images = {}         # the neurons' plane pictures, made when forward mode first draws them
        self._layout_size = None
        self.update()

    def set_mode(self, mode: str) -> None:
        self._abandon_drawing()
        self.mode = mode
        self.update()

    def _column_images(self, column: Column) -> list[QImage] | None:
        if column.pictures is None:
            return None
        scale = float(np.nanmax(np.abs(column.pictures))) if column.pictures.size else 1.0
        rgb = diverging_rgb(column.pictures[:, ::-1], scale if math.isfinite(scale) else 1.0,
                            np.array(background_color(self).getRgb()[:3], dtype=np.float64))
        images = []
        for picture in rgb:                 # rows flipped: y grows upwards on the plane
            picture = np.ascontiguousarray(picture)
            height, width, _ = picture.shape
            images.append(QImage(picture.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy())
        return images

    def _heat_rgb(self, magnitudes: np.ndarray) -> np.ndarray:
        """The heatmap's colours of ``magnitudes`` (any shape; a trailing axis of 3 added)."""
        return self._lut[np.rint(_log_position(magnitudes) * 255).astype(np.intp)]

    # ------------------------------------------------------------------ geometry
    def _ensure_layout(self) -> None:
        if self._layout_size == (self.width(), self.height()) or self.picture is None:
            return
        self._layout_size = (self.width(), self.height())
        columns = self.picture.columns
        width = self.width() - 2 * MARGIN_SIDE
        height = self.height() - MARGIN_TOP - MARGIN_BOTTOM
        pitch_x = width / len(columns)
        most = max(len(c.shown) for c in columns)
        pitch_y = height / most
        self._node = float(np.clip(min(pitch_y * 0.78, pitch_x * 0.42), NODE_MIN, NODE_MAX))
        self._centres = []
        for i, column in enumerate(columns):
            x = MARGIN_SIDE + (i + 0.5) * pitch_x
            k = len(column.shown)
            top = MARGIN_TOP + (height - k * pitch_y) / 2 + pitch_y / 2
            self._centres.append(np.column_stack([np.full(k, x), top + pitch_y * np.arange(k)]))

    def node_centre(self, column: int, unit: int) -> QPointF:
        """Where a neuron (position ``unit`` among its column's shown units) is drawn."""
        self._ensure_layout()
        x, y = self._centres[column][unit]
        return QPointF(x, y)

    @property
    def node_size(self) -> float:
        self._ensure_layout()
        return self._node

    def _node_rect(self, column: int, unit: int) -> QRectF:
        x, y = self._centres[column][unit]
        half = self._node / 2
        return QRectF(x - half, y - half, self._node, self._node)

    def hit(self, point: QPointF) -> Hit | None:
        if self.picture is None:
            return None
        self._ensure_layout()
        p = np.array([point.x(), point.y()])
        for c, centres in enumerate(self._centres):
            inside = np.all(np.abs(centres - p) <= self._node / 2 + 5, axis=1)   # the bias dot counts
            if inside.any():
                return Hit(c, int(np.argmax(inside)))
        for c in range(1, len(self._centres)):
            start, end = self._centres[c - 1][:, None, :] + [self._node / 2, 0], self._centres[c][None, :, :] - [self._node / 2, 0]
            if not start[0, 0, 0] <= p[0] <= end[0, 0, 0]:
                continue
            direction = end - start
            t = np.clip(np.sum((p - start) * direction, axis=2) / np.maximum(np.sum(direction ** 2, axis=2), 1e-9), 0, 1)
            distance = np.linalg.norm(start + t[..., None] * direction - p, axis=2)
            source, unit = np.unravel_index(np.argmin(distance), distance.shape)
            if distance[source, unit] <= EDGE_PICK_PX:
                return Hit(c, int(unit), int(source))
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.hovered.emit(self.hit(event.position()))
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._abandon_drawing()
        self.selected = self.hit(event.position())
        self.clicked.emit(self.selected)
        self.update()
        super().mousePressEvent(event)

    def leaveEvent(self, event) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)

    def resizeEvent(self, event) -> None:
        self._abandon_drawing()
        self._layout_size = None
        super().resizeEvent(event)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        # The diagram is drawn once per picture, mode, size, selection and palette, and kept: the
        # dock repaints it far more often than that (its captions and details change beside it).
        ratio = self.devicePixelRatioF()
        key = (self._picture_serial, self.mode, self.selected, self.width(), self.height(), ratio,
               background_color(self).rgb(), foreground_color(self).rgb())
        if key not in (self._drawn_key, self._drawing and self._drawing[0]):
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            self._abandon_drawing()            # a palette change: what was being drawn is stale
            self._drawing = (key, pixmap, self._draw(QPainter(pixmap)))
            self._continue_drawing(repaint=False)
        painter = QPainter(self)
        if self._drawn is None:
            painter.fillRect(self.rect(), background_color(self))
        else:
            painter.drawPixmap(0, 0, self._drawn)

    def _abandon_drawing(self) -> None:
        """Stop drawing a diagram whose picture, mode, selection or size is about to change: its
        remaining slices would read the new ones."""
        PassQueue.drop_from(self, self._continue_drawing)
        if self._drawing is not None:
            self._drawing[2].close()
            self._drawing = None

    def _continue_drawing(self, repaint: bool = True) -> None:
        """Draw the diagram being drawn on: a small one at rest whole, a big or live one (a deep
        net's thousands of edges and neurons take ~100 ms) for DRAW_SLICE_S per event-loop pass,
        the previous picture staying on screen meanwhile, so the window answers a click within its
        latency target."""
        key, pixmap, steps = self._drawing
        deadline = time.perf_counter() + DRAW_SLICE_S
        for sliced in steps:
            if sliced and time.perf_counter() >= deadline:
                PassQueue.of(self).ask(self._continue_drawing)   # the next slice in a pass to come
                return
        self._drawing = None
        self._drawn, self._drawn_key = pixmap, key
        if repaint:
            self.update()

    def _draw(self, painter: QPainter) -> Iterator[bool]:
        """Draws the diagram step by step; each step yields whether the drawing may pause there
        (a big or a live diagram's does)."""
        try:
            painter.fillRect(self.rect(), background_color(self))
            if self.picture is None:
                return
            self._ensure_layout()
            foreground = foreground_color(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_skips(painter, foreground)
            # Smooth edges while they are few; a deep net's mesh of thousands is drawn plain (~5x faster).
            edges = sum(column.weights.size for column in self.picture.columns[1:])
            big = edges > ANTIALIASED_EDGES_MAX
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, not big)
            sliced = big or self._live
            for c in range(1, len(self.picture.columns)):
                for _ in self._paint_edges(painter, c):
                    yield sliced
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for c, column in enumerate(self.picture.columns):
                self._paint_column(painter, c, column, foreground)
                yield sliced
        finally:
            painter.end()

    def _edge_styles(self, column: Column) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each edge's colour (uint8 RGB, trailing axis), pen width and whether it is drawn, as
        arrays shaped like the column's weights (source, unit)."""
        if self.mode == FORWARD:
            values = column.weights
            biggest = float(np.nanmax(np.abs(values))) if values.size else 0.0
            widths = np.nan_to_num(np.abs(values) / (biggest or 1.0))
            shade = np.rint(np.sign(values) * (0.35 + 0.65 * widths) * EDGE_SHADE_STEPS) / EDGE_SHADE_STEPS
            colours = diverging_rgb(shade, 1.0, np.array(background_color(self).getRgb()[:3], dtype=np.float64))
        else:
            values = column.weight_grads
            widths = _log_position(values)
            colours = self._heat_rgb(values)
        pens = MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * widths
        return colours, np.rint(pens * EDGE_WIDTH_STEPS) / EDGE_WIDTH_STEPS, np.isfinite(values)

    def _paint_edges(self, painter: QPainter, c: int) -> Iterator[None]:
        """Paints the edges into column ``c``, yielding after each pen's group (a wide column's
        took up to 25 ms)."""
        colours, pens, drawn = self._edge_styles(self.picture.columns[c])
        half = self._node / 2
        starts, ends = self._centres[c - 1] + [half, 0.0], self._centres[c] - [half, 0.0]
        sources, units = np.nonzero(drawn)
        lines = np.column_stack([starts[sources], ends[units]]).tolist()
        # One pen and one call per distinct colour and width: edges sorted by style, cut where it changes.
        packed = colours[sources, units].astype(np.int64) @ np.array([1 << 16, 1 << 8, 1])
        widths = pens[sources, units]
        order = np.lexsort((widths, packed))
        cuts = np.flatnonzero((np.diff(packed[order]) != 0) | (np.diff(widths[order]) != 0)) + 1
        for members in np.split(order, cuts) if len(order) else ():
            first = members[0]
            painter.setPen(QPen(QColor.fromRgb(int(packed[first])), float(widths[first])))
            painter.drawLines([QLineF(*lines[i]) for i in members.tolist()])
            yield
        if self.selected is not None and self.selected.source is not None and self.selected.column == c:
            k, j = self.selected.source, self.selected.unit
            if drawn[k, j]:
                painter.setPen(QPen(QColor(*map(int, colours[k, j])), float(pens[k, j]) + 2))
                painter.drawLine(QLineF(*starts[k], *ends[j]))

    def _paint_column(self, painter: QPainter, c: int, column: Column, foreground: QColor) -> None:
        images = None
        if self.mode == FORWARD:
            if c not in self._images:
                self._images[c] = self._column_images(column)
            images = self._images[c]
        background = np.array(background_color(self).getRgb()[:3], dtype=np.float64)
        if self.mode == BACKWARD:
            fills = self._heat_rgb(column.grad_norm)
        else:
            scale = float(np.nanmax(np.abs(column.mean_a))) if column.mean_a.size else 1.0
            fills = diverging_rgb(column.mean_a, scale, background)
        bias_fills = self._bias_rgb(column, background) if column.bias is not None else None
        for u in range(len(column.shown)):
            rect = self._node_rect(c, u)
            if self.mode == FORWARD and images is not None:
                painter.drawImage(rect, images[u])
            else:
                painter.fillRect(rect, QColor(*map(int, fills[u])))
            pen = QPen(foreground, 1.0)
            if column.saturated[u]:
                pen = QPen(SATURATED_COLOR, 3.0)
            if self.selected == Hit(c, u):
                pen.setWidthF(pen.widthF() + 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if column.dead[u]:
                painter.setPen(QPen(DEAD_COLOR, 2.5))
                painter.drawLine(rect.topLeft(), rect.bottomRight())
                painter.drawLine(rect.topRight(), rect.bottomLeft())
            if bias_fills is not None:
                painter.setPen(QPen(foreground, 0.8))
                painter.setBrush(QColor(*map(int, bias_fills[u])))
                painter.drawEllipse(rect.topLeft(), 4.0, 4.0)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_labels(painter, c, column, foreground)

    def _bias_rgb(self, column: Column, background: np.ndarray) -> np.ndarray:
        """The bias dots' colours: each bias forward, its gradient backward."""
        if self.mode == FORWARD:
            return diverging_rgb(column.bias, float(np.nanmax(np.abs(column.bias))) or 1.0, background)
        return self._heat_rgb(column.bias_grad)

    def _paint_labels(self, painter: QPainter, c: int, column: Column, foreground: QColor) -> None:
        painter.setPen(foreground)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        x = self._centres[c][0][0] if len(self._centres[c]) else 0.0
        pitch = (self.width() - 2 * MARGIN_SIDE) / len(self.picture.columns)
        # the layer's name over its activation: two short lines fit a narrow column
        name, _, activation = column.label.partition(" · ")
        for line, text in enumerate((name, activation if c else "")):
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(pitch - 2))
            painter.drawText(QRectF(x - pitch / 2, 1 + 14 * line, pitch, 14), Qt.AlignmentFlag.AlignCenter, text)
        hidden = column.units - len(column.shown)
        if hidden > 0:
            bottom = self._centres[c][-1][1] + self._node / 2
            # Each line elided to its column, as the names above: narrow columns must not overlap.
            for line, text in enumerate(self.tr("+{0}\nmore").format(hidden).split("\n")):
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(pitch - 2))
                painter.drawText(QRectF(x - pitch / 2, bottom + 1 + 14 * line, pitch, 14),
                                 Qt.AlignmentFlag.AlignHCenter, text)
        between = self.picture.between[c] if c < len(self.picture.between) else []
        if between and c + 1 < len(self.picture.columns):
            text = metrics.elidedText(", ".join(between), Qt.TextElideMode.ElideRight, int(pitch - 4))
            painter.drawText(QRectF(x, self.height() - MARGIN_BOTTOM + 4, pitch, 14), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_skips(self, painter: QPainter, foreground: QColor) -> None:
        pen = QPen(foreground, 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for start, end in self.picture.skips:
            x0, x1 = self._centres[start][0][0], self._centres[end][0][0]
            top = min(self._centres[start][0][1], self._centres[end][0][1]) - self._node / 2 - 4
            path = QPainterPath(QPointF(x0, top))
            path.cubicTo(QPointF(x0, MARGIN_TOP - 20), QPointF(x1, MARGIN_TOP - 20), QPointF(x1, top))
            painter.drawPath(path)


class NetworkView(QWidget):
    """The diagram, its Forward/Backward toggle, a legend and the numbers of what is hovered or
    clicked.  Shows the ``network`` picture of each frame (workbench.training_process)."""
    pictures = ("network",)      # painted by the training process (workbench.views)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.diagram = NetworkDiagram()
        self.forward_button = QPushButton(self.tr("Forward"))
        self.backward_button = QPushButton(self.tr("Backward"))
        self.forward_button.setToolTip(self.tr("Edges: the weights (blue positive, orange negative, width |w|); "
                                               "neurons: their mean activation, or their output over the input plane."))
        self.backward_button.setToolTip(self.tr("Edges: |dL/dW|; neurons: ‖dL/dh‖, on the heatmap's fixed log scale "
                                                "(1e-8 black to 1e2 yellow): a vanishing net fades towards the input."))
        self.modes = QButtonGroup(self)
        for button, mode in ((self.forward_button, FORWARD), (self.backward_button, BACKWARD)):
            button.setCheckable(True)
            self.modes.addButton(button)
            button.toggled.connect(lambda on, m=mode: on and self.diagram.set_mode(m))
        self.backward_button.setChecked(True)      # the view of this workbench: where the gradient goes
        self.caption = QLabel(self.tr("Run or step to see the network."))
        self.caption.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setMaximumHeight(130)
        self.details.setPlaceholderText(self.tr("Hover over a neuron or an edge to see its numbers; click to keep them."))

        toolbar_over(self, 2, [self.forward_button, self.backward_button, self.caption],
                     [self.diagram, self.legend, self.details], self.diagram)
        self.diagram.hovered.connect(self._hovered)
        self.diagram.clicked.connect(lambda hit: self._describe(hit))
        self.modes.buttonToggled.connect(lambda *_: self._update_legend())
        self._update_legend()

    @property
    def picture(self) -> NetworkPicture | None:
        return self.diagram.picture

    def show_frame(self, frame) -> None:
        picture = frame.pictures.get("network")
        if picture is self.diagram.picture:
            return
        self.diagram.set_picture(picture, live=frame.status == "running")
        if picture is not None:
            self.caption.setText(self.tr("Step {0}: the batch of {1} samples the next step trains on").format(
                picture.step, picture.batch_size))
        self._describe(self.diagram.selected)

    def _update_legend(self) -> None:
        if self.diagram.mode == FORWARD:
            text = self.tr("Forward: edge colour = sign of the weight (blue +, orange −), width = |w|; neuron = "
                           "mean activation (blue +, orange −) or, for 2-D data, its output over the input plane; "
                           "dot = bias. Red frame: saturated; grey cross: dead.")
        else:
            text = self.tr("Backward: edge colour and width = |dL/dW|, neuron = ‖dL/dh‖, dot = |dL/db|, on the "
                           "heatmap's log scale (1e-8 black … 1e2 yellow). Red frame: saturated; grey cross: dead.")
        self.legend.setText(text)

    def _hovered(self, hit: Hit | None) -> None:
        if self.diagram.selected is None:
            self._describe(hit)

    def _describe(self, hit: Hit | None) -> None:
        picture = self.diagram.picture
        if hit is None or picture is None or hit.column >= len(picture.columns):
            self.details.clear()
            return
        column = picture.columns[hit.column]
        if hit.unit >= len(column.shown):
            self.details.clear()
            return
        text = self._edge_text(picture, hit) if hit.source is not None else self._neuron_text(picture, hit)
        self.details.setHtml(text)

    def _neuron_text(self, picture: NetworkPicture, hit: Hit) -> str:
        column = picture.columns[hit.column]
        u, unit = hit.unit, int(column.shown[hit.unit])
        g = number_text
        if hit.column == 0:
            return self.tr("<b>input x{0}</b><br>sample {1}: x = {2}; batch mean {3}; ‖dL/dx‖ = {4}").format(
                unit + 1, picture.sample, g(column.sample["a"][u]), g(column.mean_a[u]), g(column.grad_norm[u]))
        s = column.sample
        lines = [self.tr("<b>{0}, unit {1}</b> — sample {2} of the batch of {3}").format(
                     column.label, unit + 1, picture.sample, picture.batch_size),
                 self.tr("z = Σ w·a + b = {0};  a = {1}(z) = {2}").format(g(s["z"][u]), column.activation, g(s["a"][u])),
                 self.tr("dL/da = {0}  (the next layer's weighted δ summed, or the output error)").format(g(s["dL_da"][u])),
                 self.tr("σ'(z) = {0};  dL/dz = δ = dL/da · σ'(z) = {1}").format(g(s["slope"][u]), g(s["dL_dz"][u])),
                 self.tr("batch: mean a = {0}, ‖dL/da‖ = {1};  bias b = {2}, dL/db = {3}").format(
                     g(column.mean_a[u]), g(column.grad_norm[u]), g(column.bias[u]), g(column.bias_grad[u]))]
        if column.saturated[u]:
            lines.append(self.tr("<b>saturated</b>: on a flat end of the activation for most of the batch, so its slope is near 0"))
        if column.dead[u]:
            lines.append(self.tr("<b>dead</b>: off (z ≤ 0) for the whole batch, so no gradient passes"))
        previous = picture.columns[hit.column - 1]
        incoming = ", ".join(self.tr("w{0} = {1} (dL/dw {2})").format(int(k) + 1, g(column.weights[i, u]),
                                                                       g(column.weight_grads[i, u]))
                             for i, k in enumerate(previous.shown))
        more = previous.units - len(previous.shown)
        lines.append(self.tr("incoming weights from {0}: {1} … and {2} more").format(previous.label, incoming, more)
                     if more > 0 else self.tr("incoming weights from {0}: {1}").format(previous.label, incoming))
        return "<br>".join(lines)

    def _edge_text(self, picture: NetworkPicture, hit: Hit) -> str:
        column, previous = picture.columns[hit.column], picture.columns[hit.column - 1]
        u, i = hit.unit, hit.source
        j, k = int(column.shown[u]) + 1, int(previous.shown[i]) + 1
        g = number_text
        s = column.sample
        a_k = column.inputs[i]
        return "<br>".join([
            self.tr("<b>weight w<sub>{0},{1}</sub></b>: {2} unit {1} → {3} unit {0};  w = {4}").format(
                j, k, previous.label, column.label, g(column.weights[i, u])),
            self.tr("dL/dw<sub>{0},{1}</sub> = Σ over the {2} samples of δ<sub>{0}</sub> · a<sub>{1}</sub> = {3}").format(
                j, k, picture.batch_size, g(column.weight_grads[i, u])),
            self.tr("sample {0}: δ<sub>{1}</sub> = dL/da · σ'(z) = {2} × {3} = {4};  a<sub>{5}</sub> = {6};  "
                    "δ<sub>{1}</sub> · a<sub>{5}</sub> = {7}").format(
                picture.sample, j, g(s["dL_da"][u]), g(s["slope"][u]), g(s["dL_dz"][u]), k, g(a_k),
                g(s["dL_dz"][u] * a_k)),
            self.tr("(δ includes the loss's 1/{0} average over the batch; a<sub>{1}</sub> is this layer's input {1})").format(
                picture.batch_size, k),
        ])

