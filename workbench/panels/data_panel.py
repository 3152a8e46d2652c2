"""Data settings: which dataset, how many points, noise, classes, validation split, standardising,
the data seed, and for a CSV file the file, its target column, the task, the input columns, an
optional separate validation file, and a preview of the file's first rows with the column types."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from engine import limits
from engine.datasets import CsvPreview, preview_csv
from engine.spec import (
    CLASSIFICATION_SETS, REGRESSION_SETS, TASKS, DataSpec, SpecError,
)
from workbench.panels.help_texts import DATA_FIELD_HELP, DATASET_HELP
from workbench.panels.widgets import ErrorFlags
from workbench.state import ExperimentState

REAL_SETS = ("iris", "wine", "breast_cancer", "digits")   # fixed size, no generated noise
# Combo groups, separated by a line: synthetic classification, real classification, regression, own file.
DATASET_GROUPS = (
    tuple(n for n in CLASSIFICATION_SETS if n not in REAL_SETS), REAL_SETS, REGRESSION_SETS, ("csv",),
)
WITH_CLASS_COUNT = ("spirals", "blobs")
PREVIEW_ROWS = 5


def ask_csv_file(parent: QWidget) -> str:
    """The file the user picks in an Open dialog, or "" when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("DataPanel", "Choose a CSV file"), "",
        QCoreApplication.translate("DataPanel", "CSV files (*.csv *.tsv *.txt);;All files (*)"))
    return path


class DataPanel(QWidget):
    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        # Replaceable so tests (and a future recent-files menu) can supply the path without a dialog.
        self.choose_csv_file = ask_csv_file
        self._csv_preview: tuple[str, CsvPreview | None, str] | None = None   # (path, preview, error message)
        help_ = DATA_FIELD_HELP

        self.dataset = QComboBox()
        self.dataset.setToolTip(help_["name"])
        for group in DATASET_GROUPS:
            if self.dataset.count():
                self.dataset.insertSeparator(self.dataset.count())
            for name in group:
                self.dataset.addItem(name, name)
                self.dataset.setItemData(self.dataset.count() - 1, DATASET_HELP[name], Qt.ToolTipRole)
        self.dataset.setMaxVisibleItems(self.dataset.count())
        self.n_samples = QSpinBox()
        self.n_samples.setRange(limits.MIN_SAMPLES, limits.MAX_SAMPLES)
        self.n_samples.setSingleStep(100)
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0.0, limits.MAX_NOISE)
        self.noise.setDecimals(3)
        self.noise.setSingleStep(0.05)
        self.classes = QSpinBox()
        self.classes.setRange(limits.MIN_CLASSES, limits.MAX_CLASSES)
        self.val_fraction = QDoubleSpinBox()
        self.val_fraction.setRange(0.0, 0.9)
        self.val_fraction.setDecimals(2)
        self.val_fraction.setSingleStep(0.05)
        self.standardize = QCheckBox(self.tr("Standardise features"))
        self.seed = QSpinBox()
        self.seed.setRange(0, limits.MAX_SEED)
        self.csv_path = QLineEdit()
        self.csv_path.setReadOnly(True)
        self.csv_path.setPlaceholderText(self.tr("no file chosen"))
        self.choose_button = QPushButton(self.tr("Choose CSV..."))
        self.csv_error = QLabel()
        self.csv_error.setWordWrap(True)
        self.csv_error.setStyleSheet("color: #d0312d;")
        # While a big file is read in the background (workbench.state): its problems follow.
        self.reading_note = QLabel(self.tr("Reading the whole file in the background: its problems, if any, "
                                           "appear here when it is read."))
        self.reading_note.setWordWrap(True)
        self.target = QComboBox()
        # Says when choosing data also changed the loss (it no longer fitted), until the next edit.
        self.loss_note = QLabel()
        self.loss_note.setWordWrap(True)
        self._loss_note_for = None     # the experiment the note describes
        self.task = QComboBox()
        task_labels = {"auto": self.tr("auto"), "classification": self.tr("classification"),
                       "regression": self.tr("regression")}
        for task in TASKS:
            self.task.addItem(task_labels.get(task, task), task)
        self.features = QListWidget()        # one checkable row per input column
        self.features.setMaximumHeight(110)
        self.val_path = QLineEdit()
        self.val_path.setReadOnly(True)
        self.val_path.setPlaceholderText(self.tr("none (random split)"))
        self.choose_val_button = QPushButton(self.tr("Choose..."))
        self.clear_val_button = QPushButton(self.tr("Clear"))
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 6)
        # the header (name and type) and the five rows, without scrolling
        self.preview.setFixedHeight(self.preview.fontMetrics().height() * 2 + 12
                                    + PREVIEW_ROWS * (self.preview.fontMetrics().height() + 6) + 20)
        self.preview.setCornerButtonEnabled(False)
        for box in (self.n_samples, self.noise, self.classes, self.val_fraction, self.seed):
            box.setKeyboardTracking(False)
        tips = {self.n_samples: "n_samples", self.noise: "noise", self.classes: "classes",
                self.val_fraction: "val_fraction", self.standardize: "standardize", self.seed: "seed",
                self.csv_path: "csv_path", self.choose_button: "csv_path", self.target: "target",
                self.task: "task", self.features: "features", self.val_path: "val_path",
                self.choose_val_button: "val_path", self.clear_val_button: "val_path", self.preview: "preview"}
        for widget, key in tips.items():
            widget.setToolTip(help_[key])
        for button in self.preview.findChildren(QAbstractButton):   # the table's corner button
            button.setToolTip(help_["preview"])

        self._build_layout()
        self._flags = ErrorFlags(self._widget_for)

        self.dataset.activated.connect(lambda _i: self._set_dataset(self.dataset.currentData()))
        self.n_samples.valueChanged.connect(lambda v: self._edit_data(self.tr("Set number of samples"), n_samples=v))
        self.noise.valueChanged.connect(lambda v: self._edit_data(self.tr("Set noise"), noise=v))
        self.classes.valueChanged.connect(lambda v: self._edit_data(self.tr("Set classes"), classes=v))
        self.val_fraction.valueChanged.connect(lambda v: self._edit_data(self.tr("Set validation fraction"), val_fraction=v))
        self.standardize.toggled.connect(lambda on: self._edit_data(self.tr("Standardise") if on else self.tr("Do not standardise"),
                                                                    standardize=on))
        self.seed.valueChanged.connect(lambda v: self._edit_data(self.tr("Set data seed"), seed=v))
        self.choose_button.clicked.connect(self._choose_csv)
        self.target.activated.connect(lambda _i: self._edit_data(self.tr("Set target column"), target=self.target.currentText()))
        self.task.activated.connect(lambda _i: self._edit_data(self.tr("Set task"), task=self.task.currentData()))
        self.features.itemChanged.connect(self._features_ticked)
        self.choose_val_button.clicked.connect(self._choose_val_file)
        self.clear_val_button.clicked.connect(lambda: self._edit_data(self.tr("Use a share of the file for validation"),
                                                                      val_path=None))

        state.changed.connect(self._sync)
        state.validity_changed.connect(self.show_error)
        state.data_checked.connect(self._show_file_problem)
        self._sync(state.experiment)
        self.show_error(state.error)

    def _build_layout(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("Dataset"), self.dataset)
        self.form.addRow(self.tr("Samples"), self.n_samples)
        self.form.addRow(self.tr("Noise"), self.noise)
        self.form.addRow(self.tr("Classes"), self.classes)
        self.form.addRow(self.tr("Validation"), self.val_fraction)
        self.form.addRow("", self.standardize)
        self.form.addRow(self.tr("Data seed"), self.seed)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.csv_path, 1)
        file_layout.addWidget(self.choose_button)
        self.file_row = file_row
        self.form.addRow(self.tr("File"), file_row)
        self.form.addRow(self.csv_error)
        self.form.addRow(self.reading_note)
        self.form.addRow(self.tr("Target"), self.target)
        self.form.addRow(self.tr("Task"), self.task)
        self.form.addRow(self.tr("Inputs"), self.features)
        val_row = QWidget()
        val_layout = QHBoxLayout(val_row)
        val_layout.setContentsMargins(0, 0, 0, 0)
        val_layout.addWidget(self.val_path, 1)
        val_layout.addWidget(self.choose_val_button)
        val_layout.addWidget(self.clear_val_button)
        self.val_row = val_row
        self.form.addRow(self.tr("Validation file"), val_row)
        self.form.addRow(self.tr("Preview"), self.preview)


        self.form.addRow(self.loss_note)
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.LabelRole)
            field = self.form.itemAt(row, QFormLayout.FieldRole)
            if label and field and field.widget():
                label.widget().setToolTip(field.widget().toolTip() or self.csv_path.toolTip())
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)

    # ------------------------------------------------------------------ edits

    def _replace_data(self, data: DataSpec, text: str) -> None:
        """Set the data and, when the current loss does not fit it, the first loss that does, as one
        undo step (a regression set or a CSV with a numeric target cannot keep cross_entropy), and
        say so under the data."""
        exp = self.state.experiment
        allowed = self.state.losses_for(data)
        loss = exp.loss if exp.loss in allowed else allowed[0]
        edited = exp.replace(data=data, loss=loss)
        self.state.replace(edited, text)
        if loss != exp.loss and self.state.experiment == edited:
            self._loss_note_for = edited
            self.loss_note.setText(self.tr(
                "Loss switched from {old} to {new}: {old} does not fit this data. Undo (Ctrl+Z) "
                "reverts both changes.").format(old=exp.loss, new=loss))
            self._sync(edited)

    def _edit_data(self, text: str, **changes: Any) -> None:
        self._replace_data(dataclasses.replace(self.state.experiment.data, **changes), text)

    def _set_dataset(self, name: str) -> None:
        data = self.state.experiment.data
        if name == data.name:
            return
        changes: dict[str, Any] = {"name": name}
        if name == "csv" and not data.csv_path:
            changes.update(self._csv_choice())
        self._replace_data(dataclasses.replace(data, **changes), self.tr("Use dataset {name}").format(name=name))

    def _choose_csv(self) -> None:
        changes = self._csv_choice()
        if changes:
            self._edit_data(self.tr("Choose CSV file"), name="csv", **changes)
            self.state.revalidate()   # the same file chosen again, perhaps after fixing it

    def _csv_choice(self) -> dict[str, Any]:
        """Ask for a file; the csv_path and target to set ({} when cancelled).  The target stays the
        same column if the new file has it, else the last column (the usual place for labels)."""
        path = self.choose_csv_file(self)
        if not path:
            return {}
        columns, _error = self._read_header(path, fresh=True)
        data = self.state.experiment.data
        target = data.target
        if target not in columns:
            target = columns[-1] if columns else None
        # Chosen inputs carry over only if the new file has them all.
        features = data.features if data.features and set(data.features) <= set(columns) - {target} else None
        return {"csv_path": path, "target": target, "features": features}

    def _choose_val_file(self) -> None:
        path = self.choose_csv_file(self)
        if path:
            self._edit_data(self.tr("Choose validation file"), val_path=path)
            self.state.revalidate()   # the same file chosen again, perhaps after fixing it

    def _features_ticked(self, _item: QListWidgetItem) -> None:
        """Every ticked column is an input; all of them ticked is stored as the default (None)."""
        items = [self.features.item(i) for i in range(self.features.count())]
        ticked = tuple(item.text() for item in items if item.checkState() == Qt.CheckState.Checked)
        if not ticked:     # at least one input: untick the last one and it comes straight back
            self._sync(self.state.experiment)
            return
        self._edit_data(self.tr("Choose input columns"), features=None if len(ticked) == len(items) else ticked)

    def _read_preview(self, path: str, fresh: bool = False) -> tuple[CsvPreview | None, str]:
        """The file's preview and "", or None and the error message; cached for the current path."""
        if fresh or self._csv_preview is None or self._csv_preview[0] != path:
            try:
                self._csv_preview = (path, preview_csv(path, PREVIEW_ROWS), "")
            except SpecError as exc:
                self._csv_preview = (path, None, exc.message)
        return self._csv_preview[1], self._csv_preview[2]

    def _read_header(self, path: str, fresh: bool = False) -> tuple[list[str], str]:
        """The file's columns and "" , or [] and the error message."""
        preview, error = self._read_preview(path, fresh)
        return (preview.columns if preview else []), error

    # ------------------------------------------------------------------ sync

    def _sync(self, exp) -> None:
        data = exp.data
        self.dataset.blockSignals(True)
        self.dataset.setCurrentIndex(self.dataset.findData(data.name))
        self.dataset.blockSignals(False)
        for box, value in ((self.n_samples, data.n_samples), (self.noise, data.noise), (self.classes, data.classes),
                           (self.val_fraction, data.val_fraction), (self.seed, data.seed)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.standardize.blockSignals(True)
        self.standardize.setChecked(data.standardize)
        self.standardize.blockSignals(False)

        self.form.setRowVisible(self.loss_note, exp == self._loss_note_for)
        generated = data.name not in REAL_SETS and data.name != "csv"
        is_csv = data.name == "csv"
        self.form.setRowVisible(self.n_samples, generated)
        self.form.setRowVisible(self.noise, generated)
        self.form.setRowVisible(self.classes, data.name in WITH_CLASS_COUNT)
        for widget in (self.file_row, self.csv_error, self.target, self.task, self.features, self.val_row,
                       self.preview):
            self.form.setRowVisible(widget, is_csv)
        self.form.setRowVisible(self.reading_note, self.state.data_pending)
        self.val_fraction.setEnabled(not (is_csv and data.val_path))
        if is_csv:
            self._sync_csv(data)

    def _sync_csv(self, data: DataSpec) -> None:
        self.csv_path.setText(data.csv_path or "")
        self.csv_path.setCursorPosition(len(self.csv_path.text()))   # the file name is the informative end
        columns, _error = self._read_header(data.csv_path) if data.csv_path else ([], "")
        self._show_file_problem()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItems(columns)
        if data.target and data.target not in columns:
            self.target.addItem(data.target)    # shown (and flagged by validation or loading) rather than lost
        self.target.setCurrentText(data.target or "")
        self.target.setEnabled(bool(columns))
        self.target.blockSignals(False)
        self.task.blockSignals(True)
        self.task.setCurrentIndex(self.task.findData(data.task))
        self.task.blockSignals(False)
        self.val_path.setText(data.val_path or "")
        self.val_path.setCursorPosition(len(self.val_path.text()))
        self.clear_val_button.setEnabled(bool(data.val_path))
        self._sync_features(columns, data)
        self._sync_preview(data)

    def _sync_features(self, columns: list[str], data: DataSpec) -> None:
        self.features.blockSignals(True)
        self.features.clear()
        for name in columns:
            if name == data.target:
                continue
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            used = data.features is None or name in data.features
            item.setCheckState(Qt.CheckState.Checked if used else Qt.CheckState.Unchecked)
            self.features.addItem(item)
        self.features.blockSignals(False)

    def _sync_preview(self, data: DataSpec) -> None:
        preview, _error = self._read_preview(data.csv_path) if data.csv_path else (None, "")
        table = self.preview
        table.clear()
        if preview is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        table.setColumnCount(len(preview.columns))
        table.setRowCount(len(preview.rows))
        kinds = {"number": self.tr("number"), "text": self.tr("text")}
        table.setHorizontalHeaderLabels([self.tr("{name}\n{kind}").format(name=name, kind=kinds[kind])
                                         for name, kind in zip(preview.columns, preview.types)])
        for r, cells in enumerate(preview.rows):
            for c, cell in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ errors

    def show_error(self, error: SpecError | None) -> None:
        self._flags.show(error)
        self._show_file_problem()

    def _show_file_problem(self) -> None:
        """Under the file, in words: why its header cannot be read, or else why loading it fails."""
        data = self.state.experiment.data
        self.form.setRowVisible(self.reading_note, self.state.data_pending)
        if data.name != "csv":
            return
        _columns, problem = self._read_header(data.csv_path) if data.csv_path else ([], "")
        error = self.state.error
        if not problem and data.csv_path and error is not None and error.path in ("data.csv_path", "data.val_path"):
            problem = error.message
        self.csv_error.setText(problem)
        self.form.setRowVisible(self.csv_error, bool(problem))

    def _widget_for(self, path: str) -> QWidget | None:
        return {
            "data.name": self.dataset, "data.n_samples": self.n_samples, "data.noise": self.noise,
            "data.classes": self.classes, "data.val_fraction": self.val_fraction,
            "data.standardize": self.standardize, "data.seed": self.seed, "data.csv_path": self.csv_path,
            "data.target": self.target, "data.task": self.task, "data.features": self.features,
            "data.val_path": self.val_path,
        }.get(path)
