"""The diagnosis line: the engine's verdict in plain words, and its fixes one click away.

``apply_fix`` turns a fix key of engine.diagnosis.FIXES into a new Experiment (pure, no Qt), so
the window applies it through ``state.replace`` and it is undoable like any other edit.  The
banner offers only the fixes that would change the experiment (``useful_fixes``): a button that
does nothing teaches the wrong lesson.
"""
from __future__ import annotations

import dataclasses
import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from superqt import QElidingLabel

from engine.diagnosis import FIXES, Diagnosis, verdict_text
from engine.diagnosis import fix_label as engine_fix_label
from engine.i18n import translate
from engine.preset_texts import preset_text
from engine.initializers import default_gain
from engine.spec import ClipSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec, ResidualSpec, is_valid
from workbench.language import TranslatedTable
from workbench.presets import differs_from_preset

DESCRIPTION_HELP = QT_TRANSLATE_NOOP("DiagnosisBanner", "What this experiment demonstrates and what to watch for.")
DESCRIPTION_LINES = 2
STALE_DESCRIPTION = (QT_TRANSLATE_NOOP("DiagnosisBanner", "Changed since the preset “{name}”: its description may no longer be true here (hover to "
                                                          "read it; Undo, Ctrl+Z, goes back)."))
# While a run goes, a diagnosis that only changed its numbers is shown at most this often: its
# text is read, not watched, and each new text lays the whole window out again.
MESSAGE_PERIOD_S = 0.5
SATURATING = ("sigmoid", "tanh", "softsign", "identity")
ADAM_MAX_LR = 0.01      # Adam's steps are about lr in size whatever the gradient: keep them modest
# Uniform and normal of one family have the same variance: switching between them fixes nothing.
XAVIER_FAMILY = ("xavier_uniform", "xavier_normal")
HE_FAMILY = ("he_uniform", "he_normal")
FIXED_SCALE = ("normal", "uniform")       # a scale set by hand, whatever the layer's width
UNSCALED = ("zeros", "constant")
SMALLER_INIT_GAIN = 0.5   # an init already scaled to the width is made smaller by halving its gain

VERDICT_COLORS = {      # chip background per verdict; white text reads on all of them
    "healthy": "#2e7d32",
    "vanishing": "#1f5fbf",
    "exploding": "#c62828",
    "symmetric": "#6a1b9a",
    "diverged": "#c62828",
    "unknown": "#757575",
}

VERDICT_EXPLANATIONS = TranslatedTable("DiagnosisBanner", {
    "healthy": QT_TRANSLATE_NOOP("DiagnosisBanner", "Gradients reach every layer at a similar scale, so every layer learns."),
    "vanishing": (QT_TRANSLATE_NOOP("DiagnosisBanner", "Vanishing gradients: on the way back each layer multiplies the gradient by its weights "
                                                       "and activation slope; below 1, it shrinks layer by layer and the first layers barely learn.")),
    "exploding": (QT_TRANSLATE_NOOP("DiagnosisBanner", "Exploding gradients: each layer multiplies the gradient by more than 1 on the way back, "
                                                       "so the first layers take huge, unstable steps.")),
    "symmetric": QT_TRANSLATE_NOOP("DiagnosisBanner", "Symmetric start: the units of a layer cannot become different from one another."),
    "diverged": (QT_TRANSLATE_NOOP("DiagnosisBanner", "Exploding gradients ended the run: an update was so large that the loss, a gradient or "
                                                      "the weights overflowed to NaN/Inf or grew absurdly large.")),
    "unknown": QT_TRANSLATE_NOOP("DiagnosisBanner", "Run or step the training to see how the gradient flows back through the layers."),
})

FIX_HELP = TranslatedTable("DiagnosisBanner", {
    "relu_he": QT_TRANSLATE_NOOP("DiagnosisBanner", "ReLU has slope 1 for positive inputs, so it does not shrink the gradient, and He "
                                                    "initialisation (std sqrt(2/fan_in)) keeps the signal's scale constant through ReLU layers."),
    "xavier": QT_TRANSLATE_NOOP("DiagnosisBanner", "Xavier/Glorot initialisation scales each layer's weights by its width so activations and "
                                                   "gradients keep about the same variance from layer to layer. It suits tanh and sigmoid, so "
                                                   "it is applied to those layers (and the output layer); ReLU layers keep theirs."),
    "residual": QT_TRANSLATE_NOOP("DiagnosisBanner", "A residual block computes x + f(x): the identity path carries the gradient back "
                                                     "unchanged, however small f's own gradient is."),
    "clip": QT_TRANSLATE_NOOP("DiagnosisBanner", "Gradient clipping rescales the whole gradient whenever its norm exceeds 1, so a single "
                                                 "huge gradient cannot throw the weights off."),
    "lower_lr": QT_TRANSLATE_NOOP("DiagnosisBanner", "A smaller learning rate takes smaller steps: the update lr x gradient can no longer "
                                                     "overshoot into a region where the loss blows up."),
    "smaller_init": QT_TRANSLATE_NOOP("DiagnosisBanner", "Layers with a fixed initial scale get Xavier (for sigmoid/tanh) or He (for ReLU-like "
                    "units): weights scaled to the layer's width. Layers already scaled to their width "
                    "start {smaller_gain:g} times as large (their gain is halved)."),
    "random_init": QT_TRANSLATE_NOOP("DiagnosisBanner", "Every layer whose weights start at zero or at one constant gets random weights scaled "
                                                        "to its width: He normal for ReLU-like units, Xavier normal for the others. Each unit "
                                                        "then starts different, so each can learn a different feature."),
    "adam": QT_TRANSLATE_NOOP("DiagnosisBanner", "Adam divides each parameter's step by its recent gradient size, so layers with tiny "
                                                 "gradients still move (learning rate capped at {adam_max_lr:g})."),
})


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


def _in_family(init: InitSpec, family: tuple[str, ...]) -> InitSpec:
    """``init`` if it already belongs to ``family``, else the family's normal variant."""
    return init if init.name in family else InitSpec(name=family[-1])


def _smaller(init: InitSpec, activation: str) -> InitSpec:
    if init.name in FIXED_SCALE:
        return _init_for(activation)
    if init.name in UNSCALED:
        return init
    gain = default_gain(init.name) if init.gain is None else init.gain
    return dataclasses.replace(init, gain=SMALLER_INIT_GAIN * gain)


def _random(init: InitSpec, activation: str) -> InitSpec:
    return _init_for(activation) if init.name in UNSCALED else init


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


RESTORE_LR = "restore_lr"     # not a diagnosis fix: undoes the edit that raised the learning rate


def apply_fix(exp: Experiment, key: str, baseline: Experiment | None = None) -> Experiment:
    """The experiment with one of the diagnosis fixes applied (keys of engine.diagnosis.FIXES), or
    with RESTORE_LR the learning rate of ``baseline`` (the experiment as opened or saved)."""
    if key == RESTORE_LR:
        return exp if baseline is None else exp.replace(
            optimizer=dataclasses.replace(exp.optimizer, lr=baseline.optimizer.lr))
    if key == "lower_lr":
        return exp.replace(optimizer=dataclasses.replace(exp.optimizer, lr=exp.optimizer.lr / 10))
    if key == "clip":
        return exp.replace(clip=ClipSpec(mode="norm", threshold=1.0))
    if key == "smaller_init":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(d, init=_smaller(d.init, d.activation))),
                           output_init=_smaller(exp.output_init, "identity"))
    if key == "relu_he":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(
            d, activation="relu", init=_in_family(d.init, HE_FAMILY))))
    if key == "xavier":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(
            d, init=_in_family(d.init, XAVIER_FAMILY)) if d.activation in SATURATING else d),
            output_init=_in_family(exp.output_init, XAVIER_FAMILY))
    if key == "residual":
        return exp.replace(layers=_wrap_in_residual_blocks(exp.layers))
    if key == "random_init":
        return exp.replace(layers=_map_dense(exp.layers, lambda d: dataclasses.replace(d, init=_random(d.init, d.activation))),
                           output_init=_random(exp.output_init, "identity"))
    if key == "adam":
        return exp.replace(optimizer=OptimizerSpec(name="adam", lr=min(exp.optimizer.lr, ADAM_MAX_LR)))
    raise KeyError(f"unknown fix {key!r}; valid fixes: {', '.join(FIXES)}")


def useful_fixes(exp: Experiment, keys: tuple[str, ...], baseline: Experiment | None = None) -> tuple[str, ...]:
    """The fixes among ``keys`` that change ``exp`` into a valid experiment."""
    return tuple(key for key in keys if (fixed := apply_fix(exp, key, baseline)) != exp and is_valid(fixed))


def edit_fixes(verdict: str, exp: Experiment, baseline: Experiment | None) -> tuple[str, ...]:
    """Undoing an edit that can cause the problem: a learning rate raised since the experiment was
    opened or saved, whatever the problem (too large a step explodes, diverges, or kills ReLUs,
    which then pass no gradient back: vanishing, or no gradient at all)."""
    raised = baseline is not None and exp.optimizer.lr > baseline.optimizer.lr
    return (RESTORE_LR,) if raised and verdict not in ("healthy", "unknown") else ()


def fix_label(key: str, exp: Experiment | None = None, baseline: Experiment | None = None) -> str:
    """The fix's button text, in the window's language."""
    if key == RESTORE_LR:
        return QCoreApplication.translate(
            "DiagnosisBanner", "Undo the learning-rate change ({now:g} back to {before:g})").format(
            now=exp.optimizer.lr, before=baseline.optimizer.lr)
    return engine_fix_label(key)


def fix_help(key: str) -> str:
    return FIX_HELP[key].format(smaller_gain=SMALLER_INIT_GAIN, adam_max_lr=ADAM_MAX_LR)


def applied_message(key: str, label: str | None = None) -> str:
    label = label or fix_label(key)
    return QCoreApplication.translate("DiagnosisBanner", "Applied: {fix} — press Run (F5) to try it.").format(
        fix=label[0].lower() + label[1:])


class DiagnosisBanner(QWidget):
    """Verdict chip, the engine's message and cause, the experiment's description, the fix buttons
    that would change the experiment, and which fix was applied until the next run starts."""

    fix_requested = Signal(str)       # a key of engine.diagnosis.FIXES
    fork_requested = Signal(bool)     # Fork clicked on or off; the window's Forker keeps the state

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setToolTip(self.tr(
            "The diagnosis compares the gradient reaching the first hidden layer with the gradient "
            "at the last one (their ratio). Far below 1: vanishing gradients. Far above 1: exploding."))
        self.verdict_chip = QLabel()
        self.verdict_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_chip.setMinimumWidth(96)
        self.verdict_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.explanation = self._wrapping_label()
        self.message = self._wrapping_label()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # At most DESCRIPTION_LINES lines, the last elided, the whole text in its tooltip: the verdict,
        # the cause and the fixes above it must stay in view without scrolling.
        self.description = QElidingLabel()
        self.description.setWordWrap(True)
        self.description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        italic = self.description.font()
        italic.setItalic(True)
        self.description.setFont(italic)
        self.description.setMaximumHeight(DESCRIPTION_LINES * self.description.fontMetrics().lineSpacing() + 2)
        self.fix_row = QHBoxLayout()
        self.fix_row.setContentsMargins(0, 0, 0, 0)
        self.fix_buttons: dict[str, QPushButton] = {}
        self.restore_lr_button = QPushButton()
        self.restore_lr_button.setToolTip(self.tr(
            "You raised the learning rate since this experiment was opened or saved. Too large a step makes "
            "the gradients explode or the run diverge, and can push ReLU units to where they are dead "
            "for every input, so no gradient flows back through them.\nApplies to the experiment; Undo "
            "(Ctrl+Z) reverts it."))
        self.restore_lr_button.clicked.connect(lambda: self.fix_requested.emit(RESTORE_LR))
        self.restore_lr_button.setVisible(False)
        self.fix_buttons[RESTORE_LR] = self.restore_lr_button
        self.fix_row.addWidget(self.restore_lr_button)      # the likeliest cause, first
        for key in FIXES:
            button = QPushButton(fix_label(key))
            button.setToolTip(self.tr("{explanation}\nApplies to the experiment; Undo (Ctrl+Z) reverts it.").format(
                explanation=fix_help(key)))
            button.clicked.connect(lambda _=False, k=key: self.fix_requested.emit(k))
            button.setVisible(False)
            self.fix_buttons[key] = button
            self.fix_row.addWidget(button)
        self.fork_button = QPushButton(self.tr("Fork"))
        self.fork_button.setCheckable(True)
        self.fork_button.setToolTip(self.tr(
            "Fork instead of replacing: the fix you click next trains beside the unchanged experiment, both "
            "from the same seed, so the fix is the only difference between the two runs (the same as "
            "Fork with a change in the Runs dock, which also takes any other edit)."))
        self.fork_button.clicked.connect(self.fork_requested)
        self.fork_button.setVisible(False)
        self.fix_row.addWidget(self.fork_button)
        # Holds the row's height while no fix is offered: a verdict bringing its fixes must not make
        # the dock taller, which lays out and repaints the whole window as the run starts.
        self.no_fix = QLabel(self.tr("Fixes appear here when the diagnosis finds a problem."))
        self.no_fix.setEnabled(False)
        self.no_fix.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)   # never widens the dock
        self.no_fix.setMinimumHeight(self.fork_button.sizeHint().height())
        self.fix_row.addWidget(self.no_fix, stretch=1)     # the row's width: an ignored size gets none
        self.fix_row.addStretch(1)
        self.applied = self._wrapping_label()
        self.applied.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.applied.setVisible(False)
        self._experiment: Experiment | None = None
        self._baseline: Experiment | None = None         # as opened or saved: what an edit changed
        self._diagnosed_fixes: tuple[str, ...] = ()
        self._offered: dict[tuple, tuple] = {}             # fix keys -> the useful ones, for...
        self._offered_context: tuple | None = None         # ... this (experiment, baseline)
        self._applied_result: Experiment | None = None   # the experiment the applied fix made
        self._shown: tuple | None = None                  # the diagnosis on screen
        self._message_at = -math.inf                       # when it was put there (time.monotonic)
        self._running = False

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.explanation)
        text.addWidget(self.message)
        text.addLayout(self.fix_row)
        text.addWidget(self.applied)
        text.addWidget(self.description)
        text.addStretch(1)
        top = QHBoxLayout(self)
        top.setContentsMargins(8, 6, 8, 6)
        top.addWidget(self.verdict_chip, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, stretch=1)
        self.show_diagnosis(Diagnosis("unknown", math.nan, self.tr("no steps yet"), ""))
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

    def show_frame(self, frame) -> None:
        """A view of the window: show a RunFrame's diagnosis, redrawn only when its text changes."""
        diagnosis = frame.diagnosis
        shown = (diagnosis.verdict, diagnosis.message, diagnosis.fixes)
        if shown == self._shown:
            return
        only_numbers = self._shown is not None and shown[0::2] == self._shown[0::2]
        if only_numbers and frame.status == "running" and time.monotonic() - self._message_at < MESSAGE_PERIOD_S:
            return      # a later frame shows it; the last one (paused, finished, ...) always does
        self.show_diagnosis(diagnosis)

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        if self._shown is None or diagnosis.verdict != self._shown[0]:
            self.verdict_chip.setText(verdict_text(diagnosis.verdict).upper())
            self.verdict_chip.setStyleSheet(
                f"background: {VERDICT_COLORS.get(diagnosis.verdict, VERDICT_COLORS['unknown'])};"
                "color: white; font-weight: bold; border-radius: 4px; padding: 4px 8px;")
            self.explanation.setText(f"<b>{VERDICT_EXPLANATIONS.get(diagnosis.verdict, '')}</b>")
        self._shown = (diagnosis.verdict, diagnosis.message, diagnosis.fixes)
        self._verdict = diagnosis.verdict
        self._message_at = time.monotonic()
        self.message.setText(diagnosis.message)
        self.message.setVisible(bool(diagnosis.message))
        self._diagnosed_fixes = diagnosis.fixes
        self._show_fixes()

    def set_experiment(self, experiment: Experiment, baseline: Experiment | None = None) -> None:
        """The experiment the fixes would change, and ``baseline``, the same as opened or saved (to
        offer undoing an edit that caused the problem).  An edit that undoes or replaces the applied
        fix takes its notice away.  Shows the experiment's description, or only a note that it may
        no longer apply once the experiment differs from the preset it describes."""
        self._experiment, self._baseline = experiment, baseline
        if experiment != self._applied_result:
            self.clear_applied()
        self._show_fixes()
        preset = differs_from_preset(experiment)
        if preset is None:
            self.set_description(experiment.description)
        else:
            self.description.setText(translate("DiagnosisBanner", STALE_DESCRIPTION).format(
                name=preset_text(preset.name)))
            self.description.setToolTip(preset_text(experiment.description))
            self.description.setVisible(True)

    def _show_fixes(self) -> None:
        experiment = self._experiment
        if experiment is None:
            offered = self._diagnosed_fixes
        else:
            keys = edit_fixes(self._verdict, experiment, self._baseline) + self._diagnosed_fixes
            # The diagnosis' numbers change at every frame, its fixes rarely (a verdict near its
            # threshold flips between two sets): checking each fix rebuilds and validates an
            # experiment, so keep every answer while the experiment and its baseline stay the same.
            context = (experiment, self._baseline)
            if context != self._offered_context:
                self._offered_context, self._offered = context, {}
            if keys not in self._offered:
                self._offered[keys] = useful_fixes(experiment, keys, self._baseline)
            offered = self._offered[keys]
        for key, button in self.fix_buttons.items():
            button.setVisible(key in offered)
        self.fork_button.setVisible(bool(offered))
        self.no_fix.setVisible(not offered)
        if RESTORE_LR in offered:
            self.restore_lr_button.setText(fix_label(RESTORE_LR, experiment, self._baseline))

    def show_applied(self, key: str, result: Experiment) -> None:
        """Say which fix was applied (``result`` is the experiment it made) until a run starts."""
        self._applied_result = result
        self.applied.setText(applied_message(key, self.fix_buttons[key].text()))
        self.applied.setVisible(True)

    def clear_applied(self) -> None:
        self._applied_result = None
        self.applied.setVisible(False)

    def run_state_changed(self, state: str) -> None:
        if state != "idle":     # a run started (it may diverge before it is ever seen running)
            self.clear_applied()
        self._running = state == "running"
        if not self._running:
            self._fit_height()

    def set_description(self, text: str) -> None:
        text = preset_text(text) if text else text
        self.description.setText(text)
        self.description.setToolTip(f"{translate('DiagnosisBanner', DESCRIPTION_HELP)}\n\n{text}")
        self.description.setVisible(bool(text))

    def resizeEvent(self, event) -> None:
        """Exactly as tall as the wrapped text needs at this width: the dock grows and shrinks with
        its content and never scrolls."""
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:   # a text, a fix button or a notice came or went
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        needed = max(self.heightForWidth(self.width()), self.verdict_chip.sizeHint().height())
        # While a run trains, the message's new numbers wrap to a line more or less and a verdict near
        # its threshold may flip, bringing its fix buttons and taking them away: shrinking each time
        # would lay out and repaint the whole window.  So the height only grows until the run stops.
        if self._running and needed < self.height():
            return
        self.setFixedHeight(needed)
