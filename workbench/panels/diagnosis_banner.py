"""The diagnosis line: the engine's verdict in plain words, and its fixes one click away.

``apply_fix`` turns a fix key of engine.diagnosis.FIXES into a new Experiment (pure, no Qt), so
the window applies it through ``state.replace`` and it is undoable like any other edit.
"""
from __future__ import annotations

import dataclasses
import html
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from engine.diagnosis import FIXES, Diagnosis
from engine.spec import ClipSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec, ResidualSpec

SATURATING = ("sigmoid", "tanh", "softsign", "identity")
ADAM_MAX_LR = 0.01      # Adam's steps are about lr in size whatever the gradient: keep them modest

VERDICT_COLORS = {      # chip background per verdict; white text reads on all of them
    "healthy": "#2e7d32",
    "vanishing": "#1f5fbf",
    "exploding": "#c62828",
    "diverged": "#c62828",
    "unknown": "#757575",
}

VERDICT_EXPLANATIONS = {
    "healthy": "Gradients reach every layer at a similar scale, so every layer learns.",
    "vanishing": ("Vanishing gradients: on the way back each layer multiplies the gradient by its weights "
                  "and activation slope; below 1, it shrinks layer by layer and the first layers barely learn."),
    "exploding": ("Exploding gradients: each layer multiplies the gradient by more than 1 on the way back, "
                  "so the first layers take huge, unstable steps."),
    "diverged": ("Exploding gradients ended the run: an update was so large that the loss or a gradient "
                 "overflowed to NaN/Inf."),
    "unknown": "Run or step the training to see how the gradient flows back through the layers.",
}

FIX_HELP = {
    "relu_he": "ReLU has slope 1 for positive inputs, so it does not shrink the gradient, and He "
               "initialisation (std sqrt(2/fan_in)) keeps the signal's scale constant through ReLU layers.",
    "xavier": "Xavier/Glorot initialisation scales each layer's weights by its width so activations and "
              "gradients keep about the same variance from layer to layer (suits tanh and sigmoid).",
    "residual": "A residual block computes x + f(x): the identity path carries the gradient back "
                "unchanged, however small f's own gradient is.",
    "clip": "Gradient clipping rescales the whole gradient whenever its norm exceeds 1, so a single "
            "huge gradient cannot throw the weights off.",
    "lower_lr": "A smaller learning rate takes smaller steps: the update lr x gradient can no longer "
                "overshoot into a region where the loss blows up.",
    "smaller_init": "Re-initialise with Xavier (for sigmoid/tanh) or He (for ReLU-like units): weights "
                    "scaled to the layer's width instead of a fixed, too-large scale.",
    "adam": f"Adam divides each parameter's step by its recent gradient size, so layers with tiny "
            f"gradients still move (learning rate capped at {ADAM_MAX_LR:g}).",
}


def _map_dense(layers: tuple, change) -> tuple:
    """Apply ``change`` to every Dense spec, inside residual blocks too."""
    out = []
    for layer in layers:
        if isinstance(layer, DenseSpec):
            out.append(change(layer))
        elif isinstance(layer, ResidualSpec):
            out.append(dataclasses.replace(layer, layers=_map_dense(layer.layers, change)))
        else:
            out.append(layer)
    return tuple(out)


def _init_for(activation: str) -> InitSpec:
    return InitSpec(name="xavier_normal" if activation in SATURATING else "he_normal")


def _wrap_in_residual_blocks(layers: tuple) -> tuple:
    """Keep the first layer (it changes the width from the inputs) and wrap every later Dense."""
    out, first_dense_seen = [], False
    for layer in layers:
        if isinstance(layer, DenseSpec) and first_dense_seen:
            out.append(ResidualSpec(layers=(layer,)))
        else:
            first_dense_seen = first_dense_seen or isinstance(layer, DenseSpec)
            out.append(layer)
    return tuple(out)


def apply_fix(exp: Experiment, key: str) -> Experiment:
    """The experiment with one of the diagnosis fixes applied (keys of engine.diagnosis.FIXES)."""
    if key == "lower_lr":
        return exp.replace(optimizer=dataclasses.replace(exp.optimizer, lr=exp.optimizer.lr / 10))
    if key == "clip":
        return exp.replace(clip=ClipSpec(mode="norm", threshold=1.0))
    if key == "smaller_init":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(d, init=_init_for(d.activation))),
                           output_init=InitSpec(name="xavier_normal"))
    if key == "relu_he":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(
            d, activation="relu", init=InitSpec(name="he_normal"))))
    if key == "xavier":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(
            d, init=InitSpec(name="xavier_normal"))), output_init=InitSpec(name="xavier_normal"))
    if key == "residual":
        return exp.replace(layers=_wrap_in_residual_blocks(exp.layers))
    if key == "adam":
        return exp.replace(optimizer=OptimizerSpec(name="adam", lr=min(exp.optimizer.lr, ADAM_MAX_LR)))
    raise KeyError(f"unknown fix {key!r}; valid fixes: {', '.join(FIXES)}")


class DiagnosisBanner(QWidget):
    """Verdict chip, the engine's message and cause, the experiment's description, fix buttons."""

    fix_requested = Signal(str)       # a key of engine.diagnosis.FIXES

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setToolTip(
            "The diagnosis compares the gradient reaching the first hidden layer with the gradient "
            "at the last one (their ratio). Far below 1: vanishing gradients. Far above 1: exploding.")
        self.verdict_chip = QLabel()
        self.verdict_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_chip.setMinimumWidth(96)
        self.verdict_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.explanation = self._wrapping_label()
        self.message = self._wrapping_label()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = self._wrapping_label()
        self.description.setToolTip("What this experiment demonstrates and what to watch for.")
        self.fix_row = QHBoxLayout()
        self.fix_row.setContentsMargins(0, 0, 0, 0)
        self.fix_buttons: dict[str, QPushButton] = {}
        for key, label in FIXES.items():
            button = QPushButton(label)
            button.setToolTip(FIX_HELP[key] + "\nApplies to the experiment; Undo (Ctrl+Z) reverts it.")
            button.clicked.connect(lambda _=False, k=key: self.fix_requested.emit(k))
            button.setVisible(False)
            self.fix_buttons[key] = button
            self.fix_row.addWidget(button)
        self.fix_row.addStretch(1)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.explanation)
        text.addWidget(self.message)
        text.addLayout(self.fix_row)
        text.addWidget(self.description)
        top = QHBoxLayout(self)
        top.setContentsMargins(8, 6, 8, 6)
        top.addWidget(self.verdict_chip, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, stretch=1)
        self.show_diagnosis(Diagnosis("unknown", math.nan, "no steps yet", ""))
        self.set_description("")

    @staticmethod
    def _wrapping_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    @property
    def verdict(self) -> str:
        return self._verdict

    def visible_fixes(self) -> list[str]:
        return [key for key, button in self.fix_buttons.items() if not button.isHidden()]

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        self._verdict = diagnosis.verdict
        self.verdict_chip.setText(diagnosis.verdict.upper())
        self.verdict_chip.setStyleSheet(
            f"background: {VERDICT_COLORS.get(diagnosis.verdict, VERDICT_COLORS['unknown'])};"
            "color: white; font-weight: bold; border-radius: 4px; padding: 4px 8px;")
        self.explanation.setText(f"<b>{VERDICT_EXPLANATIONS.get(diagnosis.verdict, '')}</b>")
        self.message.setText(diagnosis.message)
        self.message.setVisible(bool(diagnosis.message))
        for key, button in self.fix_buttons.items():
            button.setVisible(key in diagnosis.fixes)

    def set_description(self, text: str) -> None:
        self.description.setText(f"<i>{html.escape(text)}</i>" if text else "")
        self.description.setVisible(bool(text))
