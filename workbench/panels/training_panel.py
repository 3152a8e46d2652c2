"""Training settings: loss, optimizer and its hyperparameters, learning rate and schedule, batch
size, run length, gradient clipping, precision and seed."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget,
)

from engine import limits
from engine.spec import (
    CLIP_MODES, DTYPES, OPTIMIZER_DEFAULTS, OPTIMIZERS, SCHEDULE_DEFAULTS, SCHEDULES, ClipSpec,
    Experiment, OptimizerSpec, ScheduleSpec, SpecError,
)
from workbench.panels.help_texts import (
    LOSS_HELP, OPTIMIZER_HELP, OPTIMIZER_PARAM_HELP, PARAM_LABELS, SCHEDULE_HELP, SCHEDULE_PARAM_HELP,
    TRAINING_FIELD_HELP,
)
from workbench.panels.widgets import ErrorFlags, LogSlider, ParamForm, SciSpinBox, help_combo, side_by_side
from workbench.state import ExperimentState

LR_RANGE = (1e-5, 10.0)
CLIP_RANGE = (1e-6, 1e6)




def _select(combo: QComboBox, name: str) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(name))
    combo.blockSignals(False)


def _set_value(box, value) -> None:
    box.blockSignals(True)
    box.setValue(value)
    box.blockSignals(False)


class TrainingPanel(QWidget):
    lr_edited = Signal(float)
    clip_edited = Signal(float)

    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        help_ = TRAINING_FIELD_HELP

        self.loss = QComboBox()
        self.loss.setToolTip(help_["loss"])
        self.optimizer = help_combo(OPTIMIZERS, OPTIMIZER_HELP, help_["optimizer"])
        self.optimizer_params = {name: ParamForm(defaults, OPTIMIZER_PARAM_HELP)
                                 for name, defaults in OPTIMIZER_DEFAULTS.items()}
        self.lr = LogSlider(*LR_RANGE)
        self.lr.setToolTip(help_["lr"])
        self.schedule = help_combo(SCHEDULES, SCHEDULE_HELP, help_["schedule"])
        self.schedule_params = {name: ParamForm(defaults, SCHEDULE_PARAM_HELP)
                                for name, defaults in SCHEDULE_DEFAULTS.items()}
        self.batch_size = QSpinBox()
        self.batch_size.setRange(0, limits.MAX_BATCH_SIZE)
        self.batch_size.setSpecialValueText(self.tr("full batch"))
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.setToolTip(help_["batch_size"])
        self.length_unit = QComboBox()
        self.length_unit.addItem(self.tr("epochs"), "epochs")
        self.length_unit.addItem(self.tr("steps"), "steps")
        self.length_unit.setToolTip(help_["length_unit"])
        self.length = QSpinBox()
        self.length.setMinimum(1)            # the maximum follows the unit, see _sync
        self.length.setKeyboardTracking(False)
        self.length.setToolTip(help_["length"])
        self.clip_mode = QComboBox()
        clip_labels = {"off": self.tr("off"), "norm": self.tr("norm"), "value": self.tr("value")}
        for mode in CLIP_MODES:
            self.clip_mode.addItem(clip_labels.get(mode, mode), mode)
        self.clip_mode.setToolTip(help_["clip_mode"])
        self.clip_threshold = SciSpinBox(*CLIP_RANGE)
        self.clip_threshold.setToolTip(help_["clip_threshold"])
        self.dtype = QComboBox()
        self.dtype.addItems(list(DTYPES))
        self.dtype.setToolTip(help_["dtype"])
        self.seed = QSpinBox()
        self.seed.setRange(0, limits.MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(help_["seed"])

        self._build_layout()
        self._flags = ErrorFlags(self._widget_for)

        self.loss.activated.connect(lambda _i: self._edit(self.tr("Set loss"), loss=self.loss.currentData()))
        self.optimizer.activated.connect(lambda _i: self._set_optimizer(self.optimizer.currentData()))
        for form in self.optimizer_params.values():
            form.edited.connect(self._set_optimizer_param)
        self.lr.value_committed.connect(self._set_lr)
        self.schedule.activated.connect(lambda _i: self._set_schedule(self.schedule.currentData()))
        for form in self.schedule_params.values():
            form.edited.connect(self._set_schedule_param)
        self.batch_size.valueChanged.connect(lambda v: self._edit(self.tr("Set batch size"), batch_size=v))
        self.length_unit.activated.connect(lambda _i: self._set_length())
        self.length.valueChanged.connect(lambda _v: self._set_length())
        self.clip_mode.activated.connect(lambda _i: self._set_clip(self.clip_mode.currentData()))
        self.clip_threshold.valueChanged.connect(self._set_clip_threshold)
        self.dtype.activated.connect(lambda _i: self._edit(self.tr("Set precision"), dtype=self.dtype.currentText()))
        self.seed.valueChanged.connect(lambda v: self._edit(self.tr("Set seed"), seed=v))

        state.changed.connect(self._sync)
        state.validity_changed.connect(self.show_error)
        self._sync(state.experiment)
        self.show_error(state.error)

    def _build_layout(self) -> None:
        objective = QGroupBox(self.tr("Loss"))
        QFormLayout(objective).addRow(self.tr("Loss"), self.loss)

        optimizer = QGroupBox(self.tr("Optimizer"))
        optimizer_form = QFormLayout(optimizer)
        optimizer_form.addRow(self.tr("Optimizer"), self.optimizer)
        optimizer_form.addRow(self.tr("Learning rate"), self.lr)
        for form in self.optimizer_params.values():
            optimizer_form.addRow(form)
        optimizer_form.addRow(self.tr("LR schedule"), self.schedule)
        for form in self.schedule_params.values():
            optimizer_form.addRow(form)
        optimizer_form.addRow(self.tr("Batch size"), self.batch_size)

        run = QGroupBox(self.tr("Run"))
        run_form = QFormLayout(run)
        run_form.addRow(self.tr("Train for"), side_by_side(self.length, self.length_unit, 1))
        run_form.addRow(self.tr("Gradient clipping"), side_by_side(self.clip_mode, self.clip_threshold, 1))
        run_form.addRow(self.tr("Precision"), self.dtype)
        run_form.addRow(self.tr("Seed"), self.seed)
        for form in (optimizer_form, run_form):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.LabelRole)
                field = form.itemAt(row, QFormLayout.FieldRole)
                if label and field and field.widget():
                    label.widget().setToolTip(field.widget().toolTip())

        layout = QVBoxLayout(self)
        for box in (objective, optimizer, run):
            layout.addWidget(box)
        layout.addStretch(1)


    # ------------------------------------------------------------------ edits

    def _edit(self, text: str, **changes: Any) -> None:
        self.state.edit(text, **changes)

    @property
    def _exp(self) -> Experiment:
        return self.state.experiment

    def _set_optimizer(self, name: str) -> None:
        old = self._exp.optimizer
        if name == old.name:
            return
        # keep lr and the hyperparameters both optimizers share (e.g. weight_decay)
        params = {k: v for k, v in old.params.items() if k in OPTIMIZER_DEFAULTS[name]}
        self._edit(self.tr("Use {name}").format(name=name), optimizer=OptimizerSpec(name=name, lr=old.lr, params=params))

    def _set_optimizer_param(self, key: str, value: Any) -> None:
        old = self._exp.optimizer
        self._edit(self.tr("Set {parameter}").format(parameter=PARAM_LABELS.get(key, key)), optimizer=dataclasses.replace(old, params={**old.params, key: value}))

    def _set_lr(self, lr: float) -> None:
        if lr == self._exp.optimizer.lr:
            return
        self._edit(self.tr("Set learning rate"), optimizer=dataclasses.replace(self._exp.optimizer, lr=lr))
        self.lr_edited.emit(lr)

    def _set_schedule(self, name: str) -> None:
        if name != self._exp.schedule.name:
            self._edit(self.tr("Use {name} schedule").format(name=name), schedule=ScheduleSpec(name=name))

    def _set_schedule_param(self, key: str, value: Any) -> None:
        old = self._exp.schedule
        self._edit(self.tr("Set {parameter}").format(parameter=PARAM_LABELS.get(key, key)), schedule=dataclasses.replace(old, params={**old.params, key: value}))

    def _set_length(self) -> None:
        value = self.length.value()
        if self.length_unit.currentData() == "epochs":
            self._edit(self.tr("Set epochs"), epochs=value, steps=None)
        else:
            self._edit(self.tr("Set steps"), epochs=None, steps=value)

    def _set_clip(self, mode: str) -> None:
        self._edit(self.tr("Clipping {mode}").format(mode=self.clip_mode.currentText()), clip=ClipSpec(mode=mode, threshold=self._exp.clip.threshold))

    def _set_clip_threshold(self, threshold: float) -> None:
        if threshold == self._exp.clip.threshold:
            return
        self._edit(self.tr("Set clip threshold"), clip=ClipSpec(mode=self._exp.clip.mode, threshold=threshold))
        self.clip_edited.emit(threshold)

    # ------------------------------------------------------------------ sync

    def _sync(self, exp: Experiment) -> None:
        self.loss.blockSignals(True)
        self.loss.clear()
        allowed = self.state.losses_for(exp.data)   # a CSV's: those of its target column's task
        for name in allowed if exp.loss in allowed else (*allowed, exp.loss):
            self.loss.addItem(name, name)
            self.loss.setItemData(self.loss.count() - 1, LOSS_HELP[name], Qt.ToolTipRole)
        self.loss.blockSignals(False)
        _select(self.loss, exp.loss)

        _select(self.optimizer, exp.optimizer.name)
        for name, form in self.optimizer_params.items():
            form.setVisible(name == exp.optimizer.name)
        self.optimizer_params[exp.optimizer.name].set_values(exp.optimizer.resolved())
        self.lr.setValue(exp.optimizer.lr)
        _select(self.schedule, exp.schedule.name)
        for name, form in self.schedule_params.items():
            form.setVisible(name == exp.schedule.name and bool(SCHEDULE_DEFAULTS[name]))
        self.schedule_params[exp.schedule.name].set_values(exp.schedule.resolved())

        _set_value(self.batch_size, exp.batch_size)
        _select(self.length_unit, "epochs" if exp.epochs is not None else "steps")
        self.length.setMaximum(limits.MAX_EPOCHS if exp.epochs is not None else limits.MAX_STEPS)
        _set_value(self.length, exp.epochs if exp.epochs is not None else exp.steps)
        _select(self.clip_mode, exp.clip.mode)
        _set_value(self.clip_threshold, exp.clip.threshold)
        self.clip_threshold.setEnabled(exp.clip.mode != "off")
        _select_text(self.dtype, exp.dtype)
        _set_value(self.seed, exp.seed)

    # ------------------------------------------------------------------ errors

    def show_error(self, error: SpecError | None) -> None:
        self._flags.show(error)

    def _widget_for(self, path: str) -> QWidget | None:
        exp = self._exp
        if path.startswith("optimizer.params."):
            return self.optimizer_params[exp.optimizer.name].field_widget(path.split(".")[2])
        if path.startswith("schedule.params."):
            return self.schedule_params[exp.schedule.name].field_widget(path.split(".")[2])
        return {
            "loss": self.loss, "optimizer": self.optimizer, "optimizer.name": self.optimizer,
            "optimizer.lr": self.lr.box, "schedule": self.schedule, "batch_size": self.batch_size,
            "epochs": self.length, "steps": self.length, "clip": self.clip_mode,
            "clip.threshold": self.clip_threshold, "dtype": self.dtype, "seed": self.seed,
        }.get(path)


def _select_text(combo: QComboBox, text: str) -> None:
    combo.blockSignals(True)
    combo.setCurrentText(text)
    combo.blockSignals(False)
