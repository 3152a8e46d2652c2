"""The network as an editable tree: hidden layers from input to output, residual blocks as parent
rows with the layers they wrap indented under them, and an inspector form for the selected layer.

The tree is a read-only picture of ``state.experiment.layers``: every change (buttons, inspector,
drag and drop) computes a new layers tuple with the pure functions below and goes through
``state.replace``, so it is one undo step, and the tree is rebuilt from the experiment.
A layer is addressed by its path: ``(i,)`` for the i-th top-level layer, ``(i, j)`` for the j-th
layer inside the residual block at ``i`` (blocks do not nest).
"""
from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QMenu, QPushButton, QSizePolicy, QSpinBox, QToolButton, QTreeView, QVBoxLayout, QWidget,
)

from engine import limits
from engine.activations import default_slope
from engine.datasets import DataShape
from engine.spec import (
    ACTIVATIONS, FAN_MODES, FUSED_OUTPUT_ACTIVATION, INITIALIZERS, ActivationSpec, BatchNormSpec,
    DenseSpec, DropoutSpec, Experiment, ResidualSpec, SpecError,
)
from workbench.panels.help_texts import (
    ACTIVATION_HELP, INIT_HELP, LAYER_FIELD_HELP, LAYER_TYPE_HELP,
)
from workbench.language import TranslatedTable
from workbench.panels.widgets import ErrorFlags, SciSpinBox, double_box, flag_error, help_combo, side_by_side
from workbench.state import ExperimentState

LayerPath = tuple[int, ...]
LEAF_TYPES = {"dense": DenseSpec, "activation": ActivationSpec, "batchnorm": BatchNormSpec, "dropout": DropoutSpec}
TYPE_LABELS = TranslatedTable("LayerEditor", {
    "dense": QT_TRANSLATE_NOOP("LayerEditor", "Dense"),
    "activation": QT_TRANSLATE_NOOP("LayerEditor", "Activation"),
    "batchnorm": QT_TRANSLATE_NOOP("LayerEditor", "BatchNorm"),
    "dropout": QT_TRANSLATE_NOOP("LayerEditor", "Dropout"),
    "residual": QT_TRANSLATE_NOOP("LayerEditor", "Residual block"),
})
SLOPED = ("leaky_relu", "elu")


def shown_slope(spec) -> float:
    """The slope the layer really uses: its own, or the activation's torch default when unset."""
    return spec.slope if spec.slope is not None else default_slope(spec.activation)


PATH_ROLE = Qt.UserRole + 1
MIME_TYPE = "application/x-backprop-workbench-layer-path"
OUTPUT_NOTE = TranslatedTable("LayerEditor", {
    "cross_entropy": QT_TRANSLATE_NOOP("LayerEditor", "linear → softmax in the loss"),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("LayerEditor", "linear → sigmoid in the loss"),
    "mse": QT_TRANSLATE_NOOP("LayerEditor", "{activation}, compared with the targets by mse"),
    "half_squared_error": QT_TRANSLATE_NOOP("LayerEditor", "{activation}, compared with the targets by ½(a − t)²"),
})


def output_note(exp: Experiment) -> str:
    """What the output layer does, e.g. "sigmoid, compared with the targets by ½(a − t)²"."""
    activation = QCoreApplication.translate("LayerEditor", "linear") if exp.output_activation == "identity" \
        else exp.output_activation
    return OUTPUT_NOTE[exp.loss].format(activation=activation)


# ----------------------------------------------------------------------------- pure tree edits

def layer_at(layers: tuple, path: LayerPath):
    return layers[path[0]] if len(path) == 1 else layers[path[0]].layers[path[1]]


def _siblings(layers: tuple, parent: LayerPath) -> tuple:
    return layers if not parent else layers[parent[0]].layers


def _with_siblings(layers: tuple, parent: LayerPath, siblings: tuple) -> tuple:
    if not parent:
        return tuple(siblings)
    block = dataclasses.replace(layers[parent[0]], layers=tuple(siblings))
    return layers[:parent[0]] + (block,) + layers[parent[0] + 1:]


def replace_layer(layers: tuple, path: LayerPath, spec) -> tuple:
    siblings = _siblings(layers, path[:-1])
    return _with_siblings(layers, path[:-1], siblings[:path[-1]] + (spec,) + siblings[path[-1] + 1:])


def insert_layer(layers: tuple, parent: LayerPath, row: int, spec) -> tuple:
    siblings = _siblings(layers, parent)
    return _with_siblings(layers, parent, siblings[:row] + (spec,) + siblings[row:])


def _drop_empty_blocks(layers: tuple, removed) -> tuple:
    """``layers`` without the ``removed`` marker, and without any block that the removal emptied
    (a residual block must wrap at least one layer)."""
    out = []
    for layer in layers:
        if layer is removed:
            continue
        if isinstance(layer, ResidualSpec) and any(inner is removed for inner in layer.layers):
            inner = tuple(x for x in layer.layers if x is not removed)
            if not inner:
                continue
            layer = dataclasses.replace(layer, layers=inner)
        out.append(layer)
    return tuple(out)


def remove_layer(layers: tuple, path: LayerPath) -> tuple:
    """Remove one layer; a block left empty goes too."""
    marker = object()
    return _drop_empty_blocks(replace_layer(layers, path, marker), marker)


def all_paths(layers: tuple) -> list[LayerPath]:
    paths = []
    for i, layer in enumerate(layers):
        paths.append((i,))
        if isinstance(layer, ResidualSpec):
            paths.extend((i, j) for j in range(len(layer.layers)))
    return paths


class _Moving:
    """Wraps the layer being moved so its new path can be found by identity."""

    def __init__(self, spec):
        self.spec = spec


def move_layer(layers: tuple, source: LayerPath, parent: LayerPath, row: int) -> tuple[tuple, LayerPath] | None:
    """Move the layer at ``source`` to position ``row`` among the children of ``parent`` (``()`` for
    the top level), ``row`` counted before the move as in Qt's drop semantics (-1 = at the end).
    Returns the new layers and the layer's new path, or None when the move is not allowed
    (a residual block into a block)."""
    spec = layer_at(layers, source)
    if parent and isinstance(spec, ResidualSpec):
        return None
    if row < 0:
        row = len(_siblings(layers, parent))
    marker, moving = object(), _Moving(spec)
    layers = insert_layer(replace_layer(layers, source, marker), parent, row, moving)
    layers = _drop_empty_blocks(layers, marker)
    path = next(p for p in all_paths(layers) if layer_at(layers, p) is moving)
    return replace_layer(layers, path, spec), path


def step_target(layers: tuple, path: LayerPath, direction: int) -> tuple[LayerPath, int] | None:
    """Where the Up (-1) / Down (+1) button moves a layer, as ``move_layer``'s (parent, row), or None
    at the ends.  Stepping walks through blocks: out of a block at its first/last child, into a
    block when it is the neighbour (a block itself just swaps with its neighbour)."""
    if len(path) == 2:
        block, j = path
        last = len(layers[block].layers) - 1
        if direction < 0:
            return ((), block) if j == 0 else ((block,), j - 1)
        return ((), block + 1) if j == last else ((block,), j + 2)
    i = path[0]
    neighbour = i + direction
    if not 0 <= neighbour < len(layers):
        return None
    if isinstance(layers[neighbour], ResidualSpec) and not isinstance(layers[i], ResidualSpec):
        return (neighbour,), (len(layers[neighbour].layers) if direction < 0 else 0)
    return (), (neighbour if direction < 0 else neighbour + 1)


def wrap_in_residual(layers: tuple, first: int, last: int) -> tuple:
    """Wrap the top-level layers first..last (inclusive) in one residual block."""
    block = ResidualSpec(layers=layers[first:last + 1])
    return layers[:first] + (block,) + layers[last + 1:]


def unwrap_residual(layers: tuple, index: int) -> tuple:
    return layers[:index] + layers[index].layers + layers[index + 1:]


def map_layers(layers: tuple, fn) -> tuple:
    """Apply ``fn`` to every leaf layer, inside blocks too."""
    return tuple(dataclasses.replace(x, layers=tuple(fn(y) for y in x.layers)) if isinstance(x, ResidualSpec)
                 else fn(x) for x in layers)


def convert_layer(spec, kind: str):
    """The layer as another leaf type, keeping the activation when both have one."""
    cls = LEAF_TYPES[kind]
    if isinstance(spec, cls):
        return spec
    if kind in ("dense", "activation") and isinstance(spec, (DenseSpec, ActivationSpec)):
        return cls(activation=spec.activation, slope=spec.slope)
    return cls()


def summary(spec) -> str:
    """One readable line per row, e.g. ``Dense 32 · tanh · xavier_uniform``."""
    if isinstance(spec, DenseSpec):
        text = QCoreApplication.translate("LayerEditor", "Dense {units} · {activation} · {init}").format(
            units=spec.units, activation=spec.activation, init=spec.init.name)
        return text + (f" ×{spec.init.gain:g}" if spec.init.gain is not None else "")
    if isinstance(spec, ActivationSpec):
        return QCoreApplication.translate("LayerEditor", "Activation · {activation}").format(activation=spec.activation)
    if isinstance(spec, BatchNormSpec):
        return QCoreApplication.translate("LayerEditor", "BatchNorm · momentum {momentum:g}").format(momentum=spec.momentum)
    if isinstance(spec, DropoutSpec):
        return QCoreApplication.translate("LayerEditor", "Dropout · rate {rate:g}").format(rate=spec.rate)
    n = len(spec.layers)
    return (QCoreApplication.translate("LayerEditor", "Residual block · x + f(x), f = {n} layer") if n == 1
            else QCoreApplication.translate("LayerEditor", "Residual block · x + f(x), f = {n} layers")).format(n=n)


def parse_layer_path(path: str) -> tuple[LayerPath, str] | None:
    """``layers[1].layers[0].units`` -> ((1, 0), "units"); None for paths outside the layers."""
    match = re.fullmatch(r"layers\[(\d+)\](?:\.layers\[(\d+)\])?(?:\.(.*))?", path)
    if not match:
        return None
    indices = tuple(int(g) for g in match.groups()[:2] if g is not None)
    return indices, match.group(3) or ""


def io_widths(exp: Experiment, shape: DataShape | SpecError | None) -> tuple[str, str]:
    """The network's input and output widths as text from the data's shape
    (``ExperimentState.data_shape``, which never loads slow data here): "?" when the dataset cannot
    be loaded or does not fit the loss, "…" while a big file is being read."""
    if shape is None:
        return "…", "…"
    if isinstance(shape, SpecError):    # a bad CSV: shown as "?" here, named in the data panel
        return "?", "?"
    try:
        return str(shape.n_inputs), str(shape.n_outputs(exp.loss))
    except SpecError:
        return str(shape.n_inputs), "?"


# ----------------------------------------------------------------------------- the tree model

class LayerModel(QStandardItemModel):
    """The tree's items, built from the layers.  Drops do not move items: they report the wanted
    move through ``move_requested(source_path, parent_path, row)`` and the editor rebuilds."""

    move_requested = Signal(object, object, int)

    def rebuild(self, layers: tuple) -> None:
        self.clear()
        for i, layer in enumerate(layers):
            item = self._item(layer, (i,))
            if isinstance(layer, ResidualSpec):
                item.setFlags(item.flags() | Qt.ItemIsDropEnabled)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(QColor(80, 140, 220, 40)))
                for j, inner in enumerate(layer.layers):
                    item.appendRow(self._item(inner, (i, j)))
            self.appendRow(item)

    @staticmethod
    def _item(layer, path: LayerPath) -> QStandardItem:
        item = QStandardItem(summary(layer))
        item.setData(path, PATH_ROLE)
        item.setToolTip(LAYER_TYPE_HELP[layer.type])
        item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsDragEnabled)
        return item

    def path_of(self, index: QModelIndex) -> LayerPath | None:
        return index.data(PATH_ROLE) if index.isValid() else None

    def index_of(self, path: LayerPath) -> QModelIndex:
        index = self.index(path[0], 0)
        return self.index(path[1], 0, index) if len(path) == 2 else index

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemIsDropEnabled      # the top level accepts drops between rows
        return super().flags(index)

    def supportedDropActions(self) -> Qt.DropActions:
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(list(self.path_of(indexes[0]))).encode())
        return data

    def _decode(self, data: QMimeData, parent: QModelIndex) -> tuple[LayerPath, LayerPath] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        source = tuple(json.loads(bytes(data.data(MIME_TYPE)).decode()))
        target = self.path_of(parent) or ()
        if len(target) > 1:
            return None
        source_item = self.itemFromIndex(self.index_of(source))
        if target and source_item.hasChildren():
            return None                    # residual blocks do not nest
        return source, target

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._decode(data, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        decoded = self._decode(data, parent)
        if decoded is None:
            return False
        self.move_requested.emit(decoded[0], decoded[1], row)
        return True

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:
        # After a move-drag the view asks to remove the dragged rows; the move already happened in
        # the experiment and the tree was rebuilt from it, so there is nothing left to remove.
        return False


# ----------------------------------------------------------------------------- the editor





class LayerEditor(QWidget):
    def __init__(self, state: ExperimentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._shown_layers: tuple | None = None
        self._pending_selection: LayerPath | None = None
        self._error: SpecError | None = None
        help_ = LAYER_FIELD_HELP

        self.input_label = QLabel()
        self.input_label.setToolTip(help_["input"])
        self.output_label = QLabel()
        self.output_label.setToolTip(help_["output"])
        self.output_init = help_combo(INITIALIZERS, INIT_HELP, help_["output_init"])
        self.output_activation = help_combo(ACTIVATIONS, ACTIVATION_HELP, help_["output_activation"])

        self.model = LayerModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.InternalMove)
        self.tree.setDefaultDropAction(Qt.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setToolTip(help_["tree"])
        # The list takes the height the panel has to spare; its default 192-px size hint made the panel
        # scroll at 1280x800 once the diagnosis above had grown.
        self.tree.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.tree.setMinimumHeight(5 * self.tree.fontMetrics().height())

        self.add_button = self._add_button(self.tr("Add"), help_["add"], before=False)
        self.insert_button = self._add_button(self.tr("Insert"), help_["insert"], before=True)
        self.remove_button = self._button(self.tr("Remove"), help_["remove"], self._remove)
        self.duplicate_button = self._button(self.tr("Duplicate"), help_["duplicate"], self._duplicate)
        self.up_button = self._button("▲", help_["up"], lambda: self._step(-1))
        self.down_button = self._button("▼", help_["down"], lambda: self._step(+1))
        self.unwrap_button = self._button(self.tr("Unwrap"), help_["unwrap"], self._unwrap)

        self._build_inspector()
        self._build_layout()
        self._flags = ErrorFlags(self._inspector_widget_for)

        self.model.move_requested.connect(self._move)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._sync_inspector())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.output_init.activated.connect(self._set_output_init)
        self.output_activation.activated.connect(
            lambda _i: self.state.edit(self.tr("Set output activation"), output_activation=self.output_activation.currentData()))
        state.changed.connect(self._sync)
        state.validity_changed.connect(self.show_error)
        state.data_checked.connect(self._data_checked)
        self._sync(state.experiment)
        self.show_error(state.error)

    # ------------------------------------------------------------------ construction

    def _button(self, text: str, tooltip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _add_button(self, text: str, tooltip: str, before: bool) -> QToolButton:
        """Click: a Dense layer; the arrow menu: any type."""
        button = self._button(text, tooltip, lambda: self._add("dense", before))
        button.setPopupMode(QToolButton.MenuButtonPopup)
        menu = QMenu(button)
        for kind, label in TYPE_LABELS.items():
            action = menu.addAction(label)
            action.setToolTip(LAYER_TYPE_HELP[kind])
            action.setData(kind)
            action.triggered.connect(lambda _checked=False, kind=kind: self._add(kind, before))
        menu.setToolTipsVisible(True)
        button.setMenu(menu)
        return button

    def _build_inspector(self) -> None:
        help_ = LAYER_FIELD_HELP
        self.type_combo = help_combo(LEAF_TYPES, LAYER_TYPE_HELP, help_["type"])
        for index, kind in enumerate(LEAF_TYPES):
            self.type_combo.setItemText(index, TYPE_LABELS[kind])
        self.block_label = QLabel()
        self.block_label.setWordWrap(True)
        self.block_label.setToolTip(LAYER_TYPE_HELP["residual"])
        self.units = QSpinBox()
        self.units.setRange(1, limits.MAX_UNITS)
        self.units.setKeyboardTracking(False)
        self.activation = help_combo(ACTIVATIONS, ACTIVATION_HELP, help_["activation"])
        self.apply_activation = QPushButton(self.tr("Apply to all"))
        self.apply_activation.setToolTip(help_["apply_activation"])
        self.slope = double_box(0.0, 10.0, 4, 0.01)
        self.init = help_combo(INITIALIZERS, INIT_HELP, help_["init"])
        self.apply_init = QPushButton(self.tr("Apply to all"))
        self.apply_init.setToolTip(help_["apply_init"])
        self.gain = double_box(0.0, 100.0, 3, 0.1)
        self.gain.setSpecialValueText(self.tr("default"))    # 0 = None: the initialiser's own gain
        self.mode = QComboBox()
        self.mode.addItems(list(FAN_MODES))
        self.std = double_box(0.0, 10.0, 4, 0.01)
        self.limit = double_box(0.0, 10.0, 4, 0.01)
        self.value = double_box(-10.0, 10.0, 4, 0.01)
        self.rate = double_box(0.0, 0.99, 2, 0.05)
        self.momentum = double_box(0.001, 1.0, 3, 0.01)
        self.eps = SciSpinBox(1e-12, 1.0)
        for key in ("units", "slope", "gain", "mode", "std", "limit", "value", "rate", "momentum", "eps"):
            getattr(self, key).setToolTip(help_[key])

        self.inspector = QGroupBox(self.tr("Selected layer"))
        self.inspector_form = QFormLayout(self.inspector)
        form = self.inspector_form
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.block_label)
        form.addRow(self.tr("Units"), self.units)
        form.addRow(self.tr("Activation"), side_by_side(self.activation, self.apply_activation))
        form.addRow(self.tr("Slope"), self.slope)
        self.init_label = QLabel(self.tr("Initialiser"))
        form.addRow(self.init_label, side_by_side(self.init, self.apply_init))
        form.addRow(self.tr("Gain"), self.gain)
        form.addRow(self.tr("Fan mode"), self.mode)
        form.addRow(self.tr("Std"), self.std)
        form.addRow(self.tr("Limit"), self.limit)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Rate"), self.rate)
        form.addRow(self.tr("Momentum"), self.momentum)
        form.addRow(self.tr("Eps"), self.eps)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.LabelRole)
            field = form.itemAt(row, QFormLayout.FieldRole)
            if label and field:
                label.widget().setToolTip(field.widget().toolTip())

        self.type_combo.activated.connect(lambda _i: self._edit_selected(
            self.tr("Change layer type"), lambda spec: convert_layer(spec, self.type_combo.currentData())))
        self.units.valueChanged.connect(lambda v: self._edit_field(self.tr("Set units"), units=v))
        self.activation.activated.connect(
            lambda _i: self._edit_field(self.tr("Set activation"), activation=self.activation.currentData()))
        self.slope.valueChanged.connect(lambda v: self._edit_field(self.tr("Set slope"), slope=v))
        self.rate.valueChanged.connect(lambda v: self._edit_field(self.tr("Set dropout rate"), rate=v))
        self.momentum.valueChanged.connect(lambda v: self._edit_field(self.tr("Set BatchNorm momentum"), momentum=v))
        self.eps.valueChanged.connect(lambda v: self._edit_field(self.tr("Set BatchNorm eps"), eps=v))
        self.init.activated.connect(lambda _i: self._edit_init(self.tr("Set initialiser"), name=self.init.currentData()))
        self.gain.valueChanged.connect(lambda v: self._edit_init(self.tr("Set gain"), gain=v or None))
        self.mode.activated.connect(lambda _i: self._edit_init(self.tr("Set fan mode"), mode=self.mode.currentText()))
        self.std.valueChanged.connect(lambda v: self._edit_init(self.tr("Set init std"), std=v))
        self.limit.valueChanged.connect(lambda v: self._edit_init(self.tr("Set init limit"), limit=v))
        self.value.valueChanged.connect(lambda v: self._edit_init(self.tr("Set init value"), value=v))
        self.apply_activation.clicked.connect(self._apply_activation_to_all)
        self.apply_init.clicked.connect(self._apply_init_to_all)


    def _build_layout(self) -> None:
        def io_frame(*rows: tuple[QWidget, ...]) -> QFrame:
            frame = QFrame()
            frame.setFrameShape(QFrame.StyledPanel)
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(6, 3, 6, 3)
            layout.setSpacing(2)
            for widgets in rows:
                line = QHBoxLayout()
                for widget in widgets:
                    line.addWidget(widget)
                if len(widgets) > 1:
                    line.addStretch(1)      # a lone (wrapping) label takes the whole width
                layout.addLayout(line)
            return frame

        edit_buttons = QHBoxLayout()
        edit_buttons.setSpacing(2)
        for button in (self.add_button, self.insert_button, self.duplicate_button, self.remove_button):
            edit_buttons.addWidget(button)
        edit_buttons.addStretch(1)
        move_buttons = QVBoxLayout()
        move_buttons.setSpacing(2)
        for button in (self.up_button, self.down_button, self.unwrap_button):
            button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            move_buttons.addWidget(button)
        move_buttons.addStretch(1)
        tree_row = QHBoxLayout()
        tree_row.addWidget(self.tree, 1)
        tree_row.addLayout(move_buttons)
        self.output_label.setWordWrap(True)
        output_init_label = QLabel(self.tr("Output initialiser"))
        output_init_label.setToolTip(self.output_init.toolTip())
        output_activation_label = QLabel(self.tr("Output activation"))
        output_activation_label.setToolTip(self.output_activation.toolTip())

        layout = QVBoxLayout(self)
        layout.addLayout(edit_buttons)
        layout.addWidget(io_frame((self.input_label,)))
        layout.addLayout(tree_row, 1)
        layout.addWidget(io_frame((self.output_label,), (output_init_label, self.output_init),
                                  (output_activation_label, self.output_activation)))
        layout.addWidget(self.inspector)

    # ------------------------------------------------------------------ selection

    @property
    def _layers(self) -> tuple:
        return self.state.experiment.layers

    def current_path(self) -> LayerPath | None:
        return self.model.path_of(self.tree.currentIndex())

    def select(self, path: LayerPath | None) -> None:
        if path is None:
            self.tree.selectionModel().clearCurrentIndex()
            self.tree.selectionModel().clearSelection()
            return
        self.tree.setCurrentIndex(self.model.index_of(path))

    def _selected_paths(self) -> list[LayerPath]:
        return sorted(self.model.path_of(i) for i in self.tree.selectionModel().selectedIndexes())

    # ------------------------------------------------------------------ edits

    def _replace_layers(self, layers: tuple, text: str, select: LayerPath | None) -> None:
        self._pending_selection = select
        self.state.replace(self.state.experiment.replace(layers=layers), text)
        self._pending_selection = None

    def _add(self, kind: str, before: bool) -> None:
        layers, path = self._layers, self.current_path()
        if kind == "residual":
            self._add_residual(before)
            return
        spec = LEAF_TYPES[kind]()
        if path is None:
            parent, row = (), (0 if before else len(layers))
        elif isinstance(layer_at(layers, path), ResidualSpec) and not before:
            parent, row = (), path[0] + 1
        else:
            parent, row = path[:-1], path[-1] + (0 if before else 1)
        self._replace_layers(insert_layer(layers, parent, row, spec), self.tr("Add {layer}").format(layer=TYPE_LABELS[kind]),
                             parent + (row,))

    def _add_residual(self, before: bool) -> None:
        """Wrap the selected top-level layers in a block; with no such selection, add a new block
        holding one Dense layer next to the selection."""
        layers, path = self._layers, self.current_path()
        selected = [p for p in self._selected_paths() if len(p) == 1]
        if selected and len(selected) == len(self._selected_paths()):
            first, last = selected[0][0], selected[-1][0]
            if not any(isinstance(x, ResidualSpec) for x in layers[first:last + 1]):
                self._replace_layers(wrap_in_residual(layers, first, last), self.tr("Wrap in residual block"), (first,))
                return
        if path is None:
            row = 0 if before else len(layers)
        else:
            row = path[0] + (0 if before else 1)
        block = ResidualSpec(layers=(DenseSpec(),))
        self._replace_layers(insert_layer(layers, (), row, block), self.tr("Add residual block"), (row,))

    def _remove(self) -> None:
        path = self.current_path()
        if path is None:
            return
        layers = remove_layer(self._layers, path)
        survivors = all_paths(layers)
        follow = path if path in survivors else (survivors[-1] if survivors else None)
        self._replace_layers(layers, self.tr("Remove layer"), follow)

    def _duplicate(self) -> None:
        path = self.current_path()
        if path is None:
            return
        copy_path = path[:-1] + (path[-1] + 1,)
        self._replace_layers(insert_layer(self._layers, path[:-1], path[-1] + 1, layer_at(self._layers, path)),
                             self.tr("Duplicate layer"), copy_path)

    def _step(self, direction: int) -> None:
        path = self.current_path()
        target = None if path is None else step_target(self._layers, path, direction)
        if target is not None:
            self._move(path, *target)

    def _move(self, source: LayerPath, parent: LayerPath, row: int) -> None:
        moved = move_layer(self._layers, source, parent, row)
        if moved is not None:
            self._replace_layers(moved[0], self.tr("Move layer"), moved[1])

    def _unwrap(self) -> None:
        path = self.current_path()
        if path is None:
            return
        index = path[0]
        if isinstance(self._layers[index], ResidualSpec):
            self._replace_layers(unwrap_residual(self._layers, index), self.tr("Unwrap residual block"), (index,))

    def _edit_selected(self, text: str, change) -> None:
        path = self.current_path()
        if path is None:
            return
        spec = layer_at(self._layers, path)
        self._replace_layers(replace_layer(self._layers, path, change(spec)), text, path)

    def _edit_field(self, text: str, **changes: Any) -> None:
        self._edit_selected(text, lambda spec: dataclasses.replace(spec, **changes))

    def _edit_init(self, text: str, **changes: Any) -> None:
        """Edit the selected layer's initialiser: a Dense layer's weights or a block's projection."""
        def change(spec):
            if isinstance(spec, ResidualSpec):
                return dataclasses.replace(spec, projection_init=dataclasses.replace(spec.projection_init, **changes))
            return dataclasses.replace(spec, init=dataclasses.replace(spec.init, **changes))
        self._edit_selected(text, change)

    def _apply_activation_to_all(self) -> None:
        name = self.activation.currentData()
        layers = map_layers(self._layers, lambda x: dataclasses.replace(x, activation=name)
                            if isinstance(x, (DenseSpec, ActivationSpec)) else x)
        self._replace_layers(layers, self.tr("Use {name} in all layers").format(name=name), self.current_path())

    def _apply_init_to_all(self) -> None:
        path = self.current_path()
        if path is None or not isinstance(layer_at(self._layers, path), DenseSpec):
            return
        init = layer_at(self._layers, path).init
        layers = map_layers(self._layers, lambda x: dataclasses.replace(x, init=init) if isinstance(x, DenseSpec) else x)
        self._replace_layers(layers, self.tr("Use {name} in all layers").format(name=init.name), path)

    def _set_output_init(self, _index: int) -> None:
        exp = self.state.experiment
        init = dataclasses.replace(exp.output_init, name=self.output_init.currentData())
        self.state.replace(exp.replace(output_init=init), self.tr("Set output initialiser"))

    # ------------------------------------------------------------------ sync

    def _data_checked(self) -> None:
        self._sync(self.state.experiment)       # a big file's widths, read in the background

    def _sync(self, exp: Experiment) -> None:
        keep = self._pending_selection or self.current_path()
        if exp.layers != self._shown_layers:
            with QSignalBlocker(self.tree.selectionModel()):
                self.model.rebuild(exp.layers)
            self.tree.expandAll()
            self._shown_layers = exp.layers
            paths = all_paths(exp.layers)
            if keep not in paths:
                keep = keep[:1] if keep and keep[:1] in paths else (paths[-1] if paths else None)
            self.select(keep)
        n_inputs, n_outputs = io_widths(exp, self.state.data_shape())
        self.input_label.setText((self.tr("Input · {n} feature") if n_inputs == "1"
                                  else self.tr("Input · {n} features")).format(n=n_inputs))
        self.output_label.setText((self.tr("Output · {n} unit ({note})") if n_outputs == "1"
                                   else self.tr("Output · {n} units ({note})")).format(n=n_outputs, note=output_note(exp)))
        with QSignalBlocker(self.output_init):
            self.output_init.setCurrentIndex(self.output_init.findData(exp.output_init.name))
        with QSignalBlocker(self.output_activation):
            self.output_activation.setCurrentIndex(self.output_activation.findData(exp.output_activation))
        # The cross-entropies apply their own sigmoid / softmax; an identity already set stays editable
        # so a wrong choice can be undone from here.
        self.output_activation.setEnabled(exp.loss not in FUSED_OUTPUT_ACTIVATION or exp.output_activation != "identity")
        self._sync_inspector()
        self._show_tree_error()

    def _sync_inspector(self) -> None:
        path = self.current_path()
        spec = None if path is None else layer_at(self._layers, path)
        self.inspector.setEnabled(spec is not None)
        self._update_buttons()
        if spec is None:
            self.inspector.setTitle(self.tr("Selected layer (none: select a row above)"))
            return
        self.inspector.setTitle(self.tr("Selected layer · {type}").format(type=TYPE_LABELS[spec.type]))
        is_block = isinstance(spec, ResidualSpec)
        init = spec.projection_init if is_block else getattr(spec, "init", None)
        activation = getattr(spec, "activation", None)
        self.init_label.setText(self.tr("Projection init") if is_block else self.tr("Initialiser"))
        if is_block:
            n = len(spec.layers)
            self.block_label.setText(
                (self.tr("y = x + f(x), f = the {n} layer indented under it. Drag layers in or out, or use ▲ ▼.")
                 if n == 1 else
                 self.tr("y = x + f(x), f = the {n} layers indented under it. Drag layers in or out, or use ▲ ▼."))
                .format(n=n))
        else:
            self.block_label.setText("")
        values = {
            self.type_combo: spec.type if not is_block else None,
            self.units: getattr(spec, "units", None),
            self.activation: activation,
            self.slope: shown_slope(spec) if activation in SLOPED else None,
            self.rate: getattr(spec, "rate", None),
            self.momentum: getattr(spec, "momentum", None),
            self.eps: getattr(spec, "eps", None),
            self.init: init.name if init else None,
            self.gain: (init.gain or 0.0) if init else None,
            self.mode: init.mode if init and init.name.startswith(("he_", "lecun")) else None,
            self.std: init.std if init and init.name == "normal" else None,
            self.limit: init.limit if init and init.name == "uniform" else None,
            self.value: init.value if init and init.name == "constant" else None,
        }
        form = self.inspector_form
        form.setRowVisible(self.block_label, is_block)
        for widget, value in values.items():
            row_widget = widget.parentWidget() if widget in (self.activation, self.init) else widget
            form.setRowVisible(row_widget, value is not None)
            if value is None:
                continue
            with QSignalBlocker(widget):
                if isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    widget.setCurrentIndex(index if index >= 0 else widget.findText(value))
                else:
                    widget.setValue(value)
        self.apply_init.setVisible(not is_block)
        self._flags.show(self._error_in(path))

    def _update_buttons(self) -> None:
        path = self.current_path()
        has = path is not None
        for button in (self.remove_button, self.duplicate_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and step_target(self._layers, path, -1) is not None)
        self.down_button.setEnabled(has and step_target(self._layers, path, +1) is not None)
        self.unwrap_button.setEnabled(has and isinstance(layer_at(self._layers, path[:1]), ResidualSpec))

    # ------------------------------------------------------------------ errors

    def show_error(self, error: SpecError | None) -> None:
        """Flag a layer error on its row (red, reason in the tooltip) and, when that layer is
        selected, on the inspector field; the output initialiser's on its combo."""
        self._error = error
        self._show_tree_error()
        self._flags.show(self._error_in(self.current_path()))
        flag_error(self.output_init,
                   error.message if error is not None and error.path.startswith("output_init") else None)
        flag_error(self.output_activation,
                   error.message if error is not None and error.path == "output_activation" else None)

    def _error_in(self, path: LayerPath | None) -> SpecError | None:
        where = parse_layer_path(self._error.path) if self._error is not None else None
        if where is None or where[0] != path:
            return None
        return SpecError(where[1], self._error.message)

    def _show_tree_error(self) -> None:
        where = parse_layer_path(self._error.path) if self._error is not None else None
        for path in all_paths(self._layers):
            item = self.model.itemFromIndex(self.model.index_of(path))
            if item is None:
                continue
            bad = where is not None and where[0] == path
            spec = layer_at(self._layers, path)
            # No error: clear the role so the row takes the palette's text colour (an empty QBrush
            # would paint it black, invisible in a dark theme).
            item.setData(QBrush(QColor("#d0312d")) if bad else None, Qt.ForegroundRole)
            item.setToolTip(self.tr("Problem: {problem}").format(problem=self._error.message) if bad
                            else LAYER_TYPE_HELP[spec.type])

    def _inspector_widget_for(self, field: str) -> QWidget | None:
        """The inspector widget of a field of the selected layer (``init.gain`` -> the gain box)."""
        name = field.split(".")[-1]
        if field in ("init", "projection_init") or field.endswith(".name"):
            return self.init if "init" in field else None
        if field == "type":
            return self.type_combo
        return getattr(self, name, None) if name in (
            "units", "activation", "slope", "rate", "momentum", "eps", "gain", "mode", "std", "limit", "value") else None
