"""The Sweep view: a sweep's results as a sortable table and as a heatmap of a metric over two
varied fields (median over seeds and any other field); clicking a cell, or double-clicking a row,
opens that run's experiment in the editor (an undoable edit).

It opens a sweep folder (``backprop-workbench sweep`` writes one) and can start a small local
sweep from the current experiment over one or two fields.  The numbers (expansion, the table, the
medians) come from ``engine.sweep``; the runs go through ``workbench.sweep_executor`` on its
background thread and process pool, so the window never waits on them.  A timer takes the rows
that finished; Stop, closing the view or closing the window stop the runs and wait for their
processes (finished runs stay on disk and a rerun resumes).
"""
from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QEvent, QModelIndex, QObject, QPoint, QPointF, QSortFilterProxyModel,
                            QStandardPaths, Qt, QTimer, Signal)
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from engine.layer_health import METRICS as LAYER_METRICS
from engine.spec import Experiment, SpecError
from engine.sweep import METRICS, RUNS_FOLDER, ResultsTable, heatmap, parse_sweep, read_results, results_table
from workbench.language import TranslatedTable
from workbench.plots import style
from workbench.sweep_executor import SweepExecution

POLL_MS = 200                 # how often finished rows are taken from a running sweep
MAX_WINDOW_RUNS = 200         # a sweep started from the window stays small; bigger ones: the CLI
CELL_LABELS_UP_TO = 150       # write each cell's value on the heatmap while the grid has at most this many cells
DEFAULT_STEPS = 300
# Fields offered for a sweep started from the window (any path can be typed).
SUGGESTED_FIELDS = ("depth", "layers[*].activation", "layers[*].init.name", "optimizer.lr", "optimizer.name",
                    "batch_size", "clip.threshold", "layers[*].units", "data.noise")
LOG10_RATIO = "log10 gradient ratio"
METRIC_LABELS = TranslatedTable("SweepView", {   # engine.sweep.METRICS as the heatmap's chooser shows them
    "log10 gradient ratio": QT_TRANSLATE_NOOP("SweepView", "log10 gradient ratio"),
    "validation loss": QT_TRANSLATE_NOOP("SweepView", "validation loss"),
    "training loss": QT_TRANSLATE_NOOP("SweepView", "training loss"),
    "validation accuracy": QT_TRANSLATE_NOOP("SweepView", "validation accuracy"),
    "training accuracy": QT_TRANSLATE_NOOP("SweepView", "training accuracy"),
    "seconds": QT_TRANSLATE_NOOP("SweepView", "seconds"),
})
FIXED_PICTURE_ROWS = 3        # colour, across, up; the rows of other fields follow


def parse_values(text: str) -> list:
    """'0.1, 0.01, relu' -> [0.1, 0.01, 'relu']: JSON numbers and true/false/null, anything else a string."""
    values = []
    for token in (t.strip() for t in text.split(",")):
        if not token:
            continue
        try:
            values.append(json.loads(token))
        except ValueError:
            values.append(token)
    return values


class ResultsModel(QAbstractTableModel):
    """The rows of a ResultsTable; sorting by the UserRole keeps numbers in numeric order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.table = ResultsTable((), (), ())

    def set_table(self, table: ResultsTable) -> None:
        self.beginResetModel()
        self.table = table
        self._numeric = {c for c in table.columns
                         if all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in table.rows)}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()].get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return f"{value:.4g}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == "message":
            return value
        if role == Qt.ItemDataRole.UserRole:       # the sort key
            if column in self._numeric:
                return math.inf if value is None else float(value)
            return "" if value is None else str(value)
        return None

    def run_id(self, row: int) -> str:
        return self.table.rows[row]["run_id"]


class SweepHeatmap(style.ThemedPlotWidget):
    """One metric over two varied fields, a cell per pair of values; ``cell_clicked(run_id)``."""
    cell_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.getPlotItem().setMenuEnabled(False)
        self.getViewBox().setMouseEnabled(False, False)
        self.getPlotItem().hideButtons()
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get(style.HEATMAP_COLORMAP), interactive=False)
        self.colorbar.setImageItem(self.image, insert_in=self.getPlotItem())
        self.labels: list[pg.TextItem] = []
        self.data = None
        self.scene().sigMouseClicked.connect(self._clicked)

    def show_heatmap(self, data) -> None:
        self.data = data
        for label in self.labels:
            self.removeItem(label)
        self.labels = []
        values = data.values
        finite = values[np.isfinite(values)]
        if data.metric == LOG10_RATIO:       # the gradient heatmap's scale: a colour means the same magnitude
            levels = LAYER_METRICS["grad_h"].scale
        elif finite.size:
            low, high = float(finite.min()), float(finite.max())
            levels = (low, high if high > low else low + 1.0)
        else:
            levels = (0.0, 1.0)
        self.image.setImage(values, levels=levels)
        self.image.setRect(0, 0, len(data.x_values), len(data.y_values))
        self.colorbar.setLevels(levels)
        self.colorbar.setLabel("right", METRIC_LABELS.get(data.metric, data.metric))
        plot = self.getPlotItem()
        plot.getAxis("bottom").setTicks([[(j + 0.5, str(v)) for j, v in enumerate(data.x_values)]])
        style.set_named_ticks(plot.getAxis("left"), [(i + 0.5, str(v)) for i, v in enumerate(data.y_values)])
        plot.setLabel("bottom", data.x_field)
        runs = data.counts[data.counts > 0]
        per_cell = "" if not runs.size else (str(runs.min()) if runs.min() == runs.max() else f"{runs.min()}–{runs.max()}")
        if per_cell == "1":
            plot.setTitle(self.tr("one run per cell"))
        else:
            plot.setTitle(self.tr("median of {0} runs per cell").format(per_cell) if per_cell else "")
        plot.setLabel("left", data.y_field)
        if values.size <= CELL_LABELS_UP_TO:
            for i in range(values.shape[0]):
                for j in range(values.shape[1]):
                    value = values[i, j]
                    text = "" if not np.isfinite(value) else f"{value:.2g}"
                    # Dark text on the bright end of the colour map, light text elsewhere.
                    bright = np.isfinite(value) and (value - levels[0]) / (levels[1] - levels[0]) > 0.65
                    label = pg.TextItem(text, anchor=(0.5, 0.5), color="k" if bright else "w")
                    label.setPos(j + 0.5, i + 0.5)
                    self.addItem(label)
                    self.labels.append(label)
        self.getViewBox().setRange(xRange=(0, len(data.x_values)), yRange=(0, len(data.y_values)), padding=0)

    def cell_center(self, row: int, column: int) -> QPoint:
        """Where the cell is drawn, in this widget's viewport pixels (for clicks and tests)."""
        scene = self.getViewBox().mapViewToScene(QPointF(column + 0.5, row + 0.5))
        return self.mapFromScene(scene)

    def _clicked(self, event) -> None:
        if self.data is None:
            return
        point = self.getViewBox().mapSceneToView(event.scenePos())
        row, column = math.floor(point.y()), math.floor(point.x())
        if 0 <= row < len(self.data.y_values) and 0 <= column < len(self.data.x_values):
            run_id = self.data.run_ids[row][column]
            if run_id:
                self.cell_clicked.emit(run_id)


class SweepView(QWidget):
    """Open a sweep folder or start a small one from the current experiment; read it as a table
    and a heatmap; open a run.  ``run_opened(experiment, run folder)`` when one is opened."""
    run_opened = Signal(object, object)

    def __init__(self, current_experiment=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.current_experiment = current_experiment      # () -> Experiment, for "New sweep"
        self.folder: Path | None = None
        self.execution: SweepExecution | None = None
        self.table = ResultsTable((), (), ())
        self._state = None
        # Replaceable in tests: where a sweep started here is written, and the folder dialog.
        app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        self.sweeps_root = Path(app_data) / "sweeps"
        self.ask_folder = lambda: QFileDialog.getExistingDirectory(self, self.tr("Open sweep folder"))
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._take_rows)
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.open_button = QPushButton(self.tr("Open sweep folder…"))
        self.open_button.setToolTip(self.tr("Show the results of a sweep run with 'backprop-workbench sweep' "
                                            "(the folder holding results.csv)."))
        self.open_button.clicked.connect(self.open_folder)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel(self.tr("No sweep open. Open a sweep folder, or start a sweep from the current "
                                     "experiment below."))
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.stop_button)

        self.new_box = QGroupBox(self.tr("New sweep from the current experiment"))
        form = QFormLayout(self.new_box)
        self.field_boxes, self.value_edits = [], []
        for n in (1, 2):
            box = QComboBox()
            box.setEditable(True)
            box.addItems(([""] if n == 2 else []) + list(SUGGESTED_FIELDS))
            box.setToolTip(self.tr("A path into the experiment: optimizer.lr, layers[*].activation (every layer), "
                                   "layers[0].units (one layer), or depth (that many copies of the first layer)."))
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("values, separated by commas: 2, 4, 8"))
            form.addRow(self.tr("Field {0}").format(n), box)
            form.addRow(self.tr("Values"), edit)
            self.field_boxes.append(box)
            self.value_edits.append(edit)
        self.seeds_box = QSpinBox()
        self.seeds_box.setRange(1, 10)
        self.seeds_box.setValue(2)
        self.seeds_box.setToolTip(self.tr("Each point is trained with this many seeds; the heatmap shows "
                                          "their median."))
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 100_000)
        self.steps_box.setValue(DEFAULT_STEPS)
        self.steps_box.setToolTip(self.tr("Training steps of every run (short runs keep a sweep quick)."))
        self.workers_box = QSpinBox()
        self.workers_box.setRange(1, 64)
        self.workers_box.setValue(SweepExecution.default_workers())
        self.workers_box.setToolTip(self.tr("Worker processes (one per core uses the whole machine)."))
        form.addRow(self.tr("Seeds"), self.seeds_box)
        form.addRow(self.tr("Steps"), self.steps_box)
        form.addRow(self.tr("Workers"), self.workers_box)
        self.start_button = QPushButton(self.tr("Start sweep"))
        self.start_button.clicked.connect(self.start_new)
        self.start_button.setEnabled(self.current_experiment is not None)
        self.new_error = QLabel()
        self.new_error.setWordWrap(True)
        self.new_error.setStyleSheet("color: #d62728")
        form.addRow(self.start_button)
        form.addRow(self.new_error)

        self.metric_box = QComboBox()
        for metric in METRICS:
            self.metric_box.addItem(METRIC_LABELS.get(metric, metric), metric)
        self.x_box, self.y_box = QComboBox(), QComboBox()
        self.metric_box.currentIndexChanged.connect(self._redraw_heatmap)
        for box in (self.x_box, self.y_box):
            box.currentIndexChanged.connect(self._axes_changed)
        self.picture_box = QGroupBox(self.tr("Heatmap"))
        self.picture_form = QFormLayout(self.picture_box)
        self.picture_form.addRow(self.tr("Colour"), self.metric_box)
        self.picture_form.addRow(self.tr("Across"), self.x_box)
        self.picture_form.addRow(self.tr("Up"), self.y_box)
        # Then one row per varied field on neither axis: a value, or all of them (median).
        self.filter_boxes: dict[str, QComboBox] = {}
        self.heatmap = SweepHeatmap()
        self.heatmap.cell_clicked.connect(self.open_run)
        self.heatmap.setToolTip(self.tr("Median over seeds (and any other varied field). Click a cell to open "
                                        "its median run in the editor."))

        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table_view = QTableView()
        self.table_view.setModel(self.proxy)
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)     # the sweep's own order until a click
        self.table_view.verticalHeader().hide()
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.setToolTip(self.tr("Click a column header to sort; double-click a run to open it."))
        self.table_view.doubleClicked.connect(
            lambda index: self.open_run(self.model.run_id(self.proxy.mapToSource(index).row())))

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.picture_box)
        column.addWidget(self.new_box)
        column.addStretch(1)
        # Side by side, so the view reads well in a wide, low dock under the gradient heatmap.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        controls_area = QScrollArea()
        controls_area.setWidget(controls)
        controls_area.setWidgetResizable(True)
        splitter.addWidget(controls_area)
        splitter.addWidget(self.heatmap)
        splitter.addWidget(self.table_view)
        splitter.setSizes([300, 450, 550])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # ------------------------------------------------------------------ window wiring
    def attach(self, context) -> None:
        """Registered in the main window: sweeps start from the experiment being edited, an
        opened run replaces it (undoably), and closing the window stops the sweep."""
        self._state = context.state
        self.current_experiment = lambda: context.state.experiment
        self.start_button.setEnabled(True)
        self.run_opened.connect(lambda exp, folder: context.state.replace(
            exp, self.tr("Open sweep run {0}").format(folder.name)))
        self.window().installEventFilter(self)

    def show_frame(self, frame) -> None:
        """Sweeps are not drawn from the live run's frames."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window():
            self.shutdown()
        return False

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # ------------------------------------------------------------------ opening and starting
    def open_folder(self, folder: str | Path | None = None) -> bool:
        folder = folder or self.ask_folder()
        if not folder:
            return False
        try:
            table = read_results(folder)
        except SpecError as exc:
            self.status.setText(self.tr("Cannot open {0}: {1}").format(folder, exc))
            return False
        self.shutdown()
        self.folder = Path(folder)
        self._show_table(table)
        count = len(table.rows)
        self.status.setText((self.tr("{0}: {1} run") if count == 1 else self.tr("{0}: {1} runs")).format(self.folder, count))
        return True

    def start_new(self) -> bool:
        """Start a sweep of the current experiment over the fields and values typed in the form."""
        self.new_error.clear()
        grid = {}
        for box, edit in zip(self.field_boxes, self.value_edits):
            path, values = box.currentText().strip(), parse_values(edit.text())
            if path and not values:
                self.new_error.setText(self.tr("Type the values of {0}, separated by commas.").format(path))
                return False
            if path:
                grid[path] = values
        if not grid:
            self.new_error.setText(self.tr("Choose a field to vary and type its values."))
            return False
        base = self.current_experiment().replace(steps=self.steps_box.value(), epochs=None)
        try:
            sweep = parse_sweep({"name": base.name, "base": base.to_dict(), "grid": grid,
                                 "seeds": self.seeds_box.value()})
            folder = self.sweeps_root / time.strftime("%Y%m%d-%H%M%S")
            execution = SweepExecution(sweep, folder, workers=self.workers_box.value())
        except SpecError as exc:
            self.new_error.setText(str(exc))
            return False
        if len(execution.runs) > MAX_WINDOW_RUNS:
            self.new_error.setText(self.tr("{0} runs is more than the window runs ({1}); run a sweep this big "
                                           "with 'backprop-workbench sweep'.").format(len(execution.runs),
                                                                                       MAX_WINDOW_RUNS))
            return False
        self.shutdown()
        self.folder = folder
        self.execution = execution
        self._show_table(results_table(sweep.fields, execution.runs, {}))
        execution.start()
        self._poll.start()
        self.stop_button.setEnabled(True)
        self._show_progress()
        return True

    def stop(self) -> None:
        if self.execution is not None:
            self.execution.stop()

    def shutdown(self) -> None:
        """Stop a running sweep and wait for its processes: nothing is left running."""
        self._poll.stop()
        if self.execution is not None:
            self.execution.stop()
            self.execution.join()
            self._take_rows()
            self.execution = None
        self.stop_button.setEnabled(False)

    @property
    def running(self) -> bool:
        return self.execution is not None and self.execution.running

    # ------------------------------------------------------------------ rows and pictures
    def _take_rows(self) -> None:
        execution = self.execution
        if execution is None:
            return
        # Looked at before taking the rows: an execution that has ended has recorded all of them.
        ended = not execution.running
        if execution.take_rows():
            self._show_table(results_table(execution.sweep.fields, execution.runs, execution.rows))
        self._show_progress()
        if ended:
            self._poll.stop()
            self.stop_button.setEnabled(False)
            execution.join()
            if execution.error is not None:
                self.status.setText(self.tr("The sweep failed: {0}").format(execution.error))

    def _show_progress(self) -> None:
        p = self.execution.progress()
        state = self.tr("running") if self.execution.running else (
            self.tr("stopped") if self.execution.stopped else self.tr("done"))
        self.status.setText(self.tr("{0}: {1}/{2} runs, {3} failed ({4}) — {5}").format(
            self.execution.sweep.name, p.done, p.total, p.failures, state, self.folder))

    def _show_table(self, table: ResultsTable) -> None:
        fields_changed = table.fields != self.table.fields
        self.table = table
        self.model.set_table(table)
        if fields_changed:
            self.table_view.resizeColumnsToContents()
            # Two fields: the second across, the first up.  One field: the field across, seeds up.
            choices = list(table.fields) + ["seed"]
            x, y = (choices[1], choices[0]) if len(table.fields) > 1 else (choices[0], "seed")
            for box, choice in ((self.x_box, x), (self.y_box, y)):
                box.blockSignals(True)
                box.clear()
                box.addItems(choices)
                box.setCurrentText(choice)
                box.blockSignals(False)
        self._rebuild_filters()
        self._redraw_heatmap()

    def _axes_changed(self) -> None:
        self._rebuild_filters()
        self._redraw_heatmap()

    def _rebuild_filters(self) -> None:
        """A box per varied field on neither axis, keeping each field's choice; a new field
        starts at its first value, so a cell compares runs that differ only by seed."""
        chosen = {field: box.currentData() for field, box in self.filter_boxes.items()}
        while self.picture_form.rowCount() > FIXED_PICTURE_ROWS:
            self.picture_form.removeRow(FIXED_PICTURE_ROWS)
        self.filter_boxes = {}
        axes = (self.x_box.currentText(), self.y_box.currentText())
        for field in self.table.fields:
            if field in axes:
                continue
            box = QComboBox()
            box.addItem(self.tr("all (median)"), None)
            for value in dict.fromkeys(r[field] for r in self.table.rows):
                box.addItem(str(value), value)
            index = box.findData(chosen[field]) if field in chosen else 1
            box.setCurrentIndex(max(index, 0))
            box.currentIndexChanged.connect(self._redraw_heatmap)
            self.picture_form.addRow(self.tr("{0} =").format(field), box)
            self.filter_boxes[field] = box

    def _redraw_heatmap(self) -> None:
        x, y = self.x_box.currentText(), self.y_box.currentText()
        if not self.table.rows or not x or not y:
            return
        where = {field: box.currentData() for field, box in self.filter_boxes.items() if box.currentData() is not None}
        self.heatmap.show_heatmap(heatmap(self.table, x, y, self.metric_box.currentData(), where))

    def open_run(self, run_id: str) -> None:
        folder = self.folder / RUNS_FOLDER / run_id
        try:
            exp = Experiment.load(folder / "experiment.json")
        except SpecError as exc:
            self.status.setText(self.tr("Cannot open run {0}: {1}").format(run_id, exc))
            return
        self.run_opened.emit(exp, folder)
