"""The Runs dock: every run kept, with its colour, name, verdict, final figures and steps.

Check a run to draw it in the overlays (the loss plot, the Compare dock); select two to compare
their heatmaps and settings side by side.  Double-click a finished run to show it in every view.
Runs can be renamed (F2, or double-click the name), pinned to the top, hidden and deleted; the
current run (the one the views show) is marked ▶.  The buttons above the list fork the experiment:
"Fork with a change" runs the next edit beside the unchanged experiment, "Run again" reruns the
selected run's experiment unchanged (the same seed gives the same run, bit for bit).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHeaderView, QTableWidget, QTableWidgetItem, QToolBar,
                               QVBoxLayout, QWidget)

from engine.diagnosis import status_text, verdict_text
from engine.preset_texts import preset_text
from engine.runs import RunRecord
from workbench.runs_model import RUN_COLORS, RunHistory

COLUMNS = ("", QT_TRANSLATE_NOOP("RunsPanel", "Run"), QT_TRANSLATE_NOOP("RunsPanel", "Verdict"),
           QT_TRANSLATE_NOOP("RunsPanel", "Loss"), QT_TRANSLATE_NOOP("RunsPanel", "Acc."),
           QT_TRANSLATE_NOOP("RunsPanel", "Steps"))
NAME_COLUMN = 1
NAME_WIDTH = 160        # px; a narrower dock scrolls sideways rather than squeezing the names
SWATCH_SIZE = 12


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def shown_name(record: RunRecord) -> str:
    """A run's name as listed: a preset's name (a first run's) in the window's language; names made
    from changes ("lr 0.1 → 0.5") and the user's own as they are."""
    return preset_text(record.name)


def figure(value: float, fmt: str) -> str:
    return format(value, fmt) if math.isfinite(value) else "–"


class RunsPanel(QWidget):
    fork_requested = Signal()                   # arm "fork with a change"
    run_again_requested = Signal(object)        # a RunRecord to rerun unchanged

    def __init__(self, runs: RunHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs = runs
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setToolTip(self.tr(
            "Every run is kept. Check a run to draw it in the overlays; select two to compare them in the "
            "Compare dock; double-click to show a finished run in every view; right-click to rename (F2), pin, "
            "hide or delete. ▶ marks the run the views show."))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME_COLUMN, NAME_WIDTH)
        self.table.setWordWrap(True)          # long names take two lines rather than an ellipsis
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.toolbar = QToolBar()
        self.fork_action = self._action(self.tr("Fork with a change"), None, self.tr(
            "Make your next edit a fork: the edited experiment and the unchanged one then train side by side "
            "from the same seed, so the only difference between the two runs is your change. A fix button of "
            "the diagnosis is an edit too."), self.fork_requested.emit, on_toolbar=True)
        self.fork_action.setCheckable(True)
        self.run_again_action = self._action(self.tr("Run again"), None, self.tr(
            "Rerun the selected run's experiment unchanged, beside the current run: the same experiment and "
            "seed give the same run, bit for bit."), self._run_again, on_toolbar=True)
        self.rename_action = self._action(self.tr("Rename"), QKeySequence(Qt.Key.Key_F2),
                                          self.tr("Rename the selected run (F2)."), self._rename)
        self.pin_action = self._action(self.tr("Pin"), None, self.tr(
            "Pin the selected runs to the top of the list (again to unpin)."), self._toggle_pin)
        self.hide_action = self._action(self.tr("Hide"), None, self.tr(
            "Take the selected runs off the list and the overlays; they stay on disk. Show hidden brings "
            "them back."), lambda: self._flag_selected(hidden=True))
        self.delete_action = self._action(self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete),
                                          self.tr("Delete the selected finished runs and their folders."),
                                          self._delete)
        self.show_hidden = QCheckBox(self.tr("Show hidden"))
        self.show_hidden.setToolTip(self.tr("List hidden runs too, to unhide them (Hide again toggles)."))
        self.toolbar.addWidget(self.show_hidden)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)

        self._rows: list[RunRecord] = []
        self._filling = False
        runs.changed.connect(self.refresh)
        runs.current_changed.connect(self.refresh)
        runs.record_updated.connect(self._update_row)
        self.show_hidden.toggled.connect(self.refresh)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.refresh()

    def _action(self, text: str, shortcut, tip: str, slot, on_toolbar: bool = False) -> QAction:
        """An action on the list's right-click menu (and its shortcut), or on the toolbar."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        (self.toolbar if on_toolbar else self.table).addAction(action)
        return action

    # ------------------------------------------------------------------ filling
    def visible_records(self) -> list[RunRecord]:
        if self.show_hidden.isChecked():
            return sorted(self.runs.records, key=lambda r: not r.pinned)
        return self.runs.listed

    def refresh(self, *_) -> None:
        selected = self.selected_records()
        self._filling = True
        self._rows = self.visible_records()
        self.table.setRowCount(len(self._rows))
        for row, record in enumerate(self._rows):
            self._fill(row, record)
        self.table.clearSelection()
        for row, record in enumerate(self._rows):
            if any(record is s for s in selected):
                self.table.selectRow(row)
        self._filling = False

    def _fill(self, row: int, record: RunRecord) -> None:
        current = record is self.runs.current
        check = QTableWidgetItem(swatch(RUN_COLORS[record.color % len(RUN_COLORS)]), "")
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if record.checked else Qt.CheckState.Unchecked)
        check.setToolTip(self.tr("Draw this run in the overlays"))
        name = QTableWidgetItem(shown_name(record))
        name.setFlags(name.flags() | Qt.ItemFlag.ItemIsEditable)
        name.setToolTip(self._describe(record))
        marks = ("▶ " if current else "") + ("📌 " if record.pinned else "")
        name.setData(Qt.ItemDataRole.UserRole, marks)
        if marks:
            name.setText(marks + shown_name(record))
        font = QFont(name.font())
        font.setBold(current)
        font.setItalic(record.hidden)
        name.setFont(font)
        self.table.setItem(row, 0, check)
        self.table.setItem(row, NAME_COLUMN, name)
        self._fill_figures(row, record)

    def _fill_figures(self, row: int, record: RunRecord) -> None:
        live = self.runs.is_live(record)
        verdict = self.tr("running") if live else verdict_text(record.verdict)
        loss = record.train_loss
        if live:
            losses = record.steps.get("loss", ())
            loss = float(losses[-1]) if len(losses) else math.nan
        cells = (verdict, figure(loss, ".3g"), figure(record.val_accuracy, ".0%"), f"{record.steps_done:,}")
        for column, text in enumerate(cells, start=2):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column > 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if record.hidden:
                item.setForeground(QBrush(QColor("gray")))
            self.table.setItem(row, column, item)

    def _describe(self, record: RunRecord) -> str:
        where = str(record.folder) if record.folder else self.tr("not written to disk")
        text = self.tr("{name}\n{status}, {steps} step, {seconds} s\n{where}") if record.steps_done == 1 \
            else self.tr("{name}\n{status}, {steps} steps, {seconds} s\n{where}")
        return text.format(
            name=shown_name(record), status=status_text(record.status), steps=f"{record.steps_done:,}",
            seconds=figure(record.wall_time_s, ".1f"), where=where)

    def _update_row(self, record: RunRecord) -> None:
        row = next((i for i, r in enumerate(self._rows) if r is record), None)
        if row is None:
            return
        self._filling = True
        self._fill_figures(row, record)
        self._filling = False

    # ------------------------------------------------------------------ acting
    def selected_records(self) -> list[RunRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._rows[row] for row in rows if row < len(self._rows)]

    def _selection_changed(self) -> None:
        if not self._filling:
            self.runs.select(self.selected_records())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self._rows):
            return
        record = self._rows[item.row()]
        if item.column() == 0:
            self.runs.update(record, checked=item.checkState() == Qt.CheckState.Checked)
        elif item.column() == NAME_COLUMN:
            marks = item.data(Qt.ItemDataRole.UserRole) or ""
            text = item.text().strip()
            text = text[len(marks):] if marks and text.startswith(marks.strip()) else text
            if text.strip() and text.strip() not in (record.name, shown_name(record)):
                self.runs.update(record, name=text.strip())
            else:
                self.refresh()

    def _rename(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), NAME_COLUMN)
            # Edit the bare name, without the ▶ and pin marks.
            self._filling = True
            item.setText(self._rows[rows[0].row()].name)
            item.setData(Qt.ItemDataRole.UserRole, "")
            self._filling = False
            self.table.editItem(item)

    def _toggle_pin(self) -> None:
        selected = self.selected_records()
        pin = not all(r.pinned for r in selected)
        for record in selected:
            self.runs.update(record, pinned=pin)

    def _flag_selected(self, **fields) -> None:
        for record in self.selected_records():
            if "hidden" in fields:
                fields = {"hidden": not record.hidden}
            self.runs.update(record, **fields)

    def _delete(self) -> None:
        for record in self.selected_records():
            self.runs.delete(record)

    def _run_again(self) -> None:
        selected = self.selected_records() or ([self.runs.current] if self.runs.current else [])
        if selected:
            self.run_again_requested.emit(selected[0])

    def _double_clicked(self, row: int, column: int) -> None:
        if column != NAME_COLUMN and row < len(self._rows):
            self.runs.show(self._rows[row])
