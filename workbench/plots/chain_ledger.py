"""The chain-rule ledger: the backward pass of one batch as a table from the output to the input,
each factor with a log-scale bar (blue shrinks the gradient, red grows it), the sentence naming the
dominant factor and, for a chain of single units, the worked example with real numbers.

Every number comes from ``engine.explain`` in the ``network`` picture; this widget only lays it out.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QSpinBox,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from engine.explain import NetworkPicture, worked_example
from workbench.plots.style import ABOVE_BAND_COLOR, BELOW_BAND_COLOR, number_text

FACTOR_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_DECADES = 2.0            # a bar reaching the cell's edge is a factor of 100 (or 1/100)
COLUMNS = ("layer", "grad_h", "activation", "weight", "gain")
FACTOR_COLUMNS = (2, 3, 4)


class FactorBar(QStyledItemDelegate):
    """A bar from the cell's middle (factor 1) to log10(factor) on ±BAR_DECADES: left and blue when
    it shrinks the gradient, right and red when it grows it; the number on top."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        factor = index.data(FACTOR_ROLE)
        if isinstance(factor, float) and math.isfinite(factor) and factor > 0:
            rect = QRectF(option.rect).adjusted(2, 3, -2, -3)
            middle = rect.center().x()
            reach = max(min(math.log10(factor) / BAR_DECADES, 1.0), -1.0) * rect.width() / 2
            colour = QColor(BELOW_BAND_COLOR if factor < 1 else ABOVE_BAND_COLOR)
            colour.setAlpha(110)
            bar = QRectF(min(middle, middle + reach), rect.top(), abs(reach), rect.height())
            painter.fillRect(bar, colour)
            painter.fillRect(QRectF(middle - 0.5, rect.top(), 1.0, rect.height()), option.palette.text().color())
        super().paint(painter, option, index)


class ChainRuleLedger(QWidget):
    """Shows the ledger of each frame's ``network`` picture."""
    pictures = ("network",)      # painted by the training process (workbench.views)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self.tr("Run or step to see the backward pass factor by factor."))
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("‖dL/dh‖"), self.tr("slopes ×"),
                                              self.tr("weights ×"), self.tr("gain ×")])
        tips = [self.tr("Output at the top, input at the bottom; * marks the layers whose gains make up the "
                        "diagnosis' first-to-last ratio."),
                self.tr("The gradient reaching the layer's output (L2 norm over the batch)."),
                self.tr("‖dL/dz‖ / ‖dL/dh‖: what the activation's slopes σ'(z) do to the gradient (a sigmoid's "
                        "is at most 0.25)."),
                self.tr("‖dL/dh_prev‖ / ‖dL/dz‖: what the weights (and any skip, normalisation or dropout "
                        "between the layers) do on the way to the layer below."),
                self.tr("The product of both: how much the gradient changes through this layer.")]
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Sized to its names once per picture (see show_frame), not again at every cell set.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # As tall as its rows (up to the space there is), so the worked example below gets the rest.
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.bars = FactorBar(self.table)
        for column in FACTOR_COLUMNS:
            self.table.setItemDelegateForColumn(column, self.bars)

        self.worked = QGroupBox(self.tr("Worked example: one sample through the chain"))
        self.sample = QSpinBox()
        self.sample.setToolTip(self.tr("Which training sample the worked example follows; F10 steps the run."))
        self.sample.valueChanged.connect(lambda _v: self._show_worked())
        self.worked_text = QTextBrowser()
        self.worked_text.setMinimumHeight(150)     # the dock scrolls rather than squeezing the numbers
        sample_row = QHBoxLayout()
        sample_row.addWidget(QLabel(self.tr("Training sample")))
        sample_row.addWidget(self.sample)
        sample_row.addStretch(1)
        worked_layout = QVBoxLayout(self.worked)
        worked_layout.setContentsMargins(4, 2, 4, 2)
        worked_layout.addLayout(sample_row)
        worked_layout.addWidget(self.worked_text)
        self.worked.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(self.worked, 1)
        layout.addStretch(0)
        self.picture: NetworkPicture | None = None

    def show_frame(self, frame) -> None:
        picture = frame.pictures.get("network")
        if picture is None or picture is self.picture:
            return
        self.picture = picture
        book = picture.ledger
        self.summary.setText(book.summary)
        caption = self.tr("Step {0}; the {1} samples the next step trains on; the gains marked * multiply "
                          "to the first-to-last ratio {2} on this batch").format(
            picture.step, picture.batch_size, number_text(book.ratio))
        diagnosis = getattr(frame, "diagnosis", None)
        if diagnosis is not None and math.isfinite(diagnosis.ratio):
            caption += self.tr(" (the diagnosis takes the median of the last steps' batches: {0})").format(
                number_text(diagnosis.ratio))
        self.caption.setText(caption)
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(book.rows))
        for r, row in enumerate(book.rows):
            cells = [row.layer + (" *" if row.in_ratio else ""), f"{row.grad_h_norm:.1e}",
                     number_text(row.activation_factor), number_text(row.weight_factor), number_text(row.gain)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if c else Qt.AlignmentFlag.AlignLeft
                                      | Qt.AlignmentFlag.AlignVCenter)
                if c in FACTOR_COLUMNS:
                    item.setData(FACTOR_ROLE, float((row.activation_factor, row.weight_factor, row.gain)[c - 2]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.setUpdatesEnabled(True)
        chain = picture.chain
        self.worked.setVisible(chain is not None)
        if chain is not None:
            self.sample.setMaximum(len(chain.x) - 1)
            self._show_worked()

    def _show_worked(self) -> None:
        chain = self.picture.chain if self.picture is not None else None
        if chain is None:
            return
        example = worked_example(chain, min(self.sample.value(), len(chain.x) - 1))
        g = number_text
        lr = example["lr"]
        lines = [self.tr("<b>Step {0}: sample {1}, x = {2}, target t = {3}</b>").format(
            example["step"], example["sample"], g(example["x"]), g(example["target"])), self.tr("<i>forward</i>")]
        for layer in example["layers"]:
            lines.append(self.tr("{0}: z = w·x + b = {1} × {2} + {3} = {4};  a = {5}(z) = {6}").format(
                layer["layer"], g(layer["w"]), g(layer["x"]), g(layer["b"]), g(layer["z"]), layer["activation"],
                g(layer["a"])))
        output = example["layers"][-1]
        lines.append(self.tr("error a − t = {0}").format(g(output["a"] - example["target"])))
        lines.append(self.tr("<i>backward, output to input</i>"))
        for layer in reversed(example["layers"]):
            lines.append(self.tr("{0}: dL/da = {1};  σ'(z) = {2};  dL/dz = dL/da · σ'(z) = {3}").format(
                layer["layer"], g(layer["dL_da"]), g(layer["slope"]), g(layer["dL_dz"])))
            lines.append(self.tr("&nbsp;&nbsp;dL/dw = dL/dz · x = {0} × {1} = {2};  dL/db = dL/dz = {3}").format(
                g(layer["dL_dz"]), g(layer["x"]), g(layer["dL_dw"]), g(layer["dL_db"])))
        if example["fused_output"] == "sigmoid":
            lines.append(self.tr("binary cross-entropy: σ'(z) cancels at the output, so dL/dz = a − t"))
        lines.append(self.tr("<i>update if this sample alone made the step (gradient descent, lr = {0})</i>").format(g(lr)))
        for layer in example["layers"]:
            lines.append(self.tr("{0}: w ← {1} − {2} × {3} = {4};  b ← {5} − {2} × {6} = {7}").format(
                layer["layer"], g(layer["w"]), g(lr), g(layer["dL_dw"]), g(layer["w_new"]), g(layer["b"]),
                g(layer["dL_db"]), g(layer["b_new"])))
        self.worked_text.setHtml("<br>".join(lines))

