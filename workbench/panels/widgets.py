"""Small widgets shared by the settings panels: scientific-notation and log-scale inputs, a form
built from a parameter-defaults dict, and the in-place error flag."""
from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from engine import limits
from workbench.panels.help_texts import PARAM_LABELS

ERROR_STYLE = "border: 2px solid #d0312d; border-radius: 3px;"

def double_box(minimum: float, maximum: float, decimals: int, step: float) -> QDoubleSpinBox:
    """A number box that commits on Enter or focus-out, not on every keystroke (one undo step)."""
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    return box


def side_by_side(first: QWidget, second: QWidget, second_stretch: int = 0) -> QWidget:
    """Two controls on one form row; the row shows the first one's tooltip."""
    row = QWidget()
    row.setToolTip(first.toolTip())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    layout.addWidget(second, second_stretch)
    return row


def toolbar_over(owner: QWidget, margin: int, toolbar: list[QWidget], body: list[QWidget],
                 tallest: QWidget) -> QVBoxLayout:
    """``owner``'s layout: a row of controls (the last takes the spare width) above ``body``
    stacked top to bottom, where ``tallest`` takes the spare height."""
    row = QHBoxLayout()
    for widget in toolbar:
        row.addWidget(widget, 1 if widget is toolbar[-1] else 0)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addLayout(row)
    for widget in body:
        layout.addWidget(widget, 1 if widget is tallest else 0)
    return layout


def help_combo(names, help_texts: dict[str, str], tooltip: str) -> QComboBox:
    """A combo box of registry names, each item with its own teaching tooltip."""
    combo = QComboBox()
    combo.setToolTip(tooltip)
    for name in names:
        combo.addItem(name, name)
        combo.setItemData(combo.count() - 1, help_texts[name], Qt.ToolTipRole)
    return combo



def flag_error(widget: QWidget, message: str | None) -> None:
    """Mark ``widget`` as holding an invalid value (red frame, the reason first in its tooltip),
    or clear the mark when ``message`` is None.  The teaching tooltip is kept underneath."""
    if widget.property("helpText") is None:
        widget.setProperty("helpText", widget.toolTip())
    help_text = widget.property("helpText")
    widget.setProperty("specError", bool(message))
    widget.setStyleSheet(ERROR_STYLE if message else "")
    widget.setToolTip(QCoreApplication.translate("ErrorFlags", "<b>Problem:</b> {problem}<br><br>{help}").format(
        problem=message, help=help_text) if message else help_text)


def round_significant(value: float, digits: int = 3) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


class SciSpinBox(QDoubleSpinBox):
    """A spin box for positive quantities spanning decades (learning rate, eps, thresholds):
    shows ``1e-05`` rather than ``0.00001``, accepts typed scientific notation, and the arrows
    step by a constant factor (a tenth of a decade) instead of a fixed amount."""

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(15)            # Qt rounds values to `decimals`; the text shows 4 digits
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        try:
            value = float(stripped)
        except ValueError:
            partial = stripped == "" or all(c in "0123456789.eE+-" for c in stripped)
            return (QValidator.Intermediate if partial else QValidator.Invalid), text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.Acceptable, text, pos
        return QValidator.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        value = round_significant(self.value() * 10 ** (steps / 10))
        self.setValue(min(max(value, self.minimum()), self.maximum()))


class LogSlider(QWidget):
    """A logarithmic slider plus a box showing the same value, kept in sync.

    ``value_committed`` fires once per gesture: on slider release after a drag, on each
    keyboard/page step of the slider, or when a typed value is confirmed (Enter or focus out)."""

    value_committed = Signal(float)
    TICKS_PER_DECADE = 100

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None):
        super().__init__(parent)
        self._low = math.log10(minimum)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, round((math.log10(maximum) - self._low) * self.TICKS_PER_DECADE))
        self.slider.setPageStep(self.TICKS_PER_DECADE // 2)
        self.box = SciSpinBox(minimum, maximum)
        self.box.setMinimumWidth(80)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.box)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._commit)
        self.box.valueChanged.connect(self._box_changed)

    def value(self) -> float:
        return self.box.value()

    def setValue(self, value: float) -> None:
        """Show ``value`` without committing it (used when syncing from the experiment)."""
        self.box.blockSignals(True)
        self.slider.blockSignals(True)
        self.box.setValue(value)
        self.slider.setValue(self._tick(value))
        self.box.blockSignals(False)
        self.slider.blockSignals(False)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.slider.setToolTip(text)
        self.box.setToolTip(text)

    def _tick(self, value: float) -> int:
        return round((math.log10(value) - self._low) * self.TICKS_PER_DECADE)

    def _slider_moved(self, tick: int) -> None:
        self.box.blockSignals(True)
        self.box.setValue(round_significant(10 ** (self._low + tick / self.TICKS_PER_DECADE)))
        self.box.blockSignals(False)
        if not self.slider.isSliderDown():
            self._commit()

    def _box_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._tick(value))
        self.slider.blockSignals(False)
        self._commit()

    def _commit(self) -> None:
        self.value_committed.emit(self.box.value())


def _float_range(key: str, default: float) -> tuple[float, float, int, float]:
    """(minimum, maximum, decimals, step) of a float hyperparameter box."""
    if key in ("momentum", "dampening", "alpha"):
        return 0.0, 0.9999, 4, 0.01       # the spec requires these below 1
    if key == "gamma":
        return 0.0001, 1.0, 4, 0.01       # a decay factor in (0, 1]
    if key == "weight_decay":
        return 0.0, 1.0, 5, 0.0001
    if key == "eta_min":
        return 0.0, 10.0, 6, 0.0001
    return 0.0, max(10.0, default * 10), 4, 0.01


class ParamForm(QWidget):
    """A form built from a hyperparameter-defaults dict (engine.spec OPTIMIZER_DEFAULTS or
    SCHEDULE_DEFAULTS): bools as check boxes, pairs as two boxes, ints and floats as spin boxes.

    ``edited(key, value)`` fires when the user changes one field."""

    edited = Signal(str, object)

    def __init__(self, defaults: dict[str, Any], help_texts: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.defaults = defaults
        self.fields: dict[str, QWidget | tuple[QWidget, ...]] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, default in defaults.items():
            field = self._make_field(key, default)
            boxes = field if isinstance(field, tuple) else (field,)
            for box in boxes:
                box.setToolTip(help_texts[key])
            row = field
            if isinstance(field, tuple):
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                for box in field:
                    row_layout.addWidget(box)
            layout.addRow(PARAM_LABELS.get(key, key.replace("_", " ")), row)
            layout.labelForField(row).setToolTip(help_texts[key])
            self.fields[key] = field

    def _make_field(self, key: str, default: Any):
        if isinstance(default, bool):
            box = QCheckBox()
            box.toggled.connect(lambda on, key=key: self.edited.emit(key, bool(on)))
            return box
        if isinstance(default, tuple):
            boxes = tuple(double_box(0.0, 0.9999, 4, 0.001) for _ in default)
            for box in boxes:
                box.valueChanged.connect(
                    lambda _value, key=key, boxes=boxes: self.edited.emit(key, tuple(b.value() for b in boxes)))
            return boxes
        if isinstance(default, int):
            box = QSpinBox()
            box.setRange(1, limits.MAX_STEPS)      # the spec bounds integer parameters (step counts) so
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda value, key=key: self.edited.emit(key, int(value)))
            return box
        if key == "eps":
            box = SciSpinBox(1e-15, 1.0)
        else:
            box = double_box(*_float_range(key, default))
        box.valueChanged.connect(lambda value, key=key: self.edited.emit(key, float(value)))
        return box


    def set_values(self, values: dict[str, Any]) -> None:
        """Show ``values`` (every key of the defaults) without emitting ``edited``."""
        for key, field in self.fields.items():
            boxes = field if isinstance(field, tuple) else (field,)
            parts = values[key] if isinstance(field, tuple) else (values[key],)
            for box, part in zip(boxes, parts):
                box.blockSignals(True)
                if isinstance(box, QCheckBox):
                    box.setChecked(bool(part))
                else:
                    box.setValue(part)
                box.blockSignals(False)

    def field_widget(self, key: str) -> QWidget | None:
        """The widget to flag for an error on ``key`` (the first box of a pair)."""
        field = self.fields.get(key)
        return field[0] if isinstance(field, tuple) else field


class ErrorFlags:
    """Shows a SpecError on the widget that edits the field it names, clearing the previous flag.

    ``lookup(path)`` returns the widget for a field path such as ``optimizer.params.momentum``;
    a path it does not know is retried without its index and then without its last component,
    so ``optimizer.params.betas[1]`` finds the betas boxes and ``data.csv_path`` may fall back
    to a widget registered for ``data``."""

    def __init__(self, lookup):
        self._lookup = lookup
        self.flagged: QWidget | None = None

    def show(self, error) -> QWidget | None:
        if self.flagged is not None:
            flag_error(self.flagged, None)
            self.flagged = None
        if error is None:
            return None
        path = error.path
        while path:
            widget = self._lookup(path.split("[")[0] if path.endswith("]") else path)
            if widget is not None:
                flag_error(widget, error.message)
                self.flagged = widget
                return widget
            path = path.rsplit(".", 1)[0] if "." in path else ""
        return None
