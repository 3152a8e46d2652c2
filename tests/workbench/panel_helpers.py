"""What a person does with the settings panels, as test helpers shared by the panel tests."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox


def shown(qtbot, widget, width: int, height: int):
    """``widget`` as a person sees it: owned by the test, sized, shown and exposed."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list and click the entry showing ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered; the choices are {[combo.itemText(i) for i in range(combo.count())]}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    model_index = view.model().index(index, 0)
    view.scrollTo(model_index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(model_index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def type_into(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Select the box's text, type ``text`` and press Enter, as a person replacing a value."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key_Return)


def options(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]


def bring_to_front(qtbot, dock) -> None:
    """Show a panel that shares its place with others in tabs (Network, Data, Training)."""
    dock.raise_()
    qtbot.waitUntil(dock.widget().isVisible)


def type_learning_rate(qtbot, window, text: str) -> None:
    """Type a learning rate into the training panel's box and press Enter, as a person would."""
    bring_to_front(qtbot, window.training_dock)
    field = window.training_panel.lr.box.lineEdit()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.state.experiment.optimizer.lr == pytest.approx(float(text))
