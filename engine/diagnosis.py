"""Healthy / vanishing / exploding / diverged, read off the probes, with the likely cause in words.

The measure is the ratio of the first hidden layer's dL/dh norm to the last hidden layer's (the
gradient with respect to the layer outputs, which is what shrinks or grows on the way back:
the weight-gradient norm can stay flat across depth at initialisation while dL/dh vanishes).
It is read from the newest few full-resolution records (their median, so one noisy batch does not
flip the verdict), by the same rule that colours the per-layer bars (engine.layer_health), and
layers are named as everywhere else (dense1, dense2, ...).  Pure functions of a History snapshot,
so the GUI can call them on the copy it already holds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine.i18n import QT_TRANSLATE_NOOP, translate
from engine.layer_health import (
    DEAD_SHARE, SATURATED_SHARE, flow_ratios, flow_state, hidden_indices, recent_values,
)

# Units whose gradients differ by less than this (relative spread, see Dense.unit_gradient_spread)
# are copies of each other: float rounding alone never separates them in a useful time.
SYMMETRIC_SPREAD = 1e-6
SATURATING = ("sigmoid", "tanh")
RECTIFYING = ("relu", "leaky_relu")

# The fixes the GUI offers as buttons, by key (English; ``fix_label`` gives the shown text).
FIXES = {
    "relu_he": QT_TRANSLATE_NOOP("Diagnosis", "Use ReLU with He initialisation"),
    "xavier": QT_TRANSLATE_NOOP("Diagnosis", "Use Xavier (Glorot) initialisation"),
    "residual": QT_TRANSLATE_NOOP("Diagnosis", "Wrap layers in residual blocks"),
    "clip": QT_TRANSLATE_NOOP("Diagnosis", "Clip gradients to norm 1"),
    "lower_lr": QT_TRANSLATE_NOOP("Diagnosis", "Lower the learning rate 10x"),
    "smaller_init": QT_TRANSLATE_NOOP("Diagnosis", "Use a smaller initialisation (Xavier/He)"),
    "adam": QT_TRANSLATE_NOOP("Diagnosis", "Switch to Adam"),
    "random_init": QT_TRANSLATE_NOOP("Diagnosis", "Start from random weights (He for ReLU, Xavier otherwise)"),
}


def fix_label(key: str) -> str:
    """The label of fix ``key`` in the current language."""
    return translate("Diagnosis", FIXES[key])


# The verdicts, marked for translation (``verdict_text`` shows them).
VERDICTS = (QT_TRANSLATE_NOOP("Diagnosis", "healthy"), QT_TRANSLATE_NOOP("Diagnosis", "vanishing"),
            QT_TRANSLATE_NOOP("Diagnosis", "exploding"), QT_TRANSLATE_NOOP("Diagnosis", "symmetric"),
            QT_TRANSLATE_NOOP("Diagnosis", "diverged"), QT_TRANSLATE_NOOP("Diagnosis", "unknown"))


def verdict_text(verdict: str) -> str:
    """A verdict key ("vanishing") as the reader's word for it."""
    return translate("Diagnosis", verdict)


# A trainer's statuses, marked for translation (``status_text`` shows them).
STATUSES = (QT_TRANSLATE_NOOP("Diagnosis", "idle"), QT_TRANSLATE_NOOP("Diagnosis", "running"),
            QT_TRANSLATE_NOOP("Diagnosis", "paused"), QT_TRANSLATE_NOOP("Diagnosis", "stopped"),
            QT_TRANSLATE_NOOP("Diagnosis", "finished"),
            # The window's runner while a big network's weights are made away from the window.
            QT_TRANSLATE_NOOP("Diagnosis", "building"))


def status_text(status: str) -> str:
    """A trainer status ("finished", "diverged at step 12", ...) in the current language."""
    if status.startswith("diverged at step "):
        return translate("Diagnosis", "diverged at step {step}").format(step=status.removeprefix("diverged at step "))
    return translate("Diagnosis", status)


@dataclass(frozen=True)
class Diagnosis:
    verdict: str                      # healthy | vanishing | exploding | symmetric | diverged | unknown
    ratio: float                      # first hidden dL/dh norm over last hidden dL/dh norm (nan if unknown)
    cause: str                        # one sentence
    message: str                      # the line the app shows
    fixes: tuple[str, ...] = field(default=())


def diagnose(snapshot: dict[str, np.ndarray], layer_activations: list[str], status: str = "",
             layer_names: list[str] | None = None) -> Diagnosis:
    """Judge the gradient flow from a per-step History snapshot (see engine.trainer columns).
    ``layer_names`` name the probed layers in the message (default "layer 1", "layer 2", ...)."""
    if status.startswith("diverged"):
        return Diagnosis(
            "diverged", math.nan,
            translate("Diagnosis", "the loss, a gradient or the weights overflowed or grew absurdly large: updates "
                                   "grew without bound (exploding gradients or a learning rate too high)"),
            translate("Diagnosis", "{status}: the loss, the gradients or the weights overflowed to NaN/Inf or grew "
                                   "absurdly large (beyond 1.8e19, or a loss a million times its start). The "
                                   "weights are the last finite ones and the plots show everything up to the last "
                                   "finite step.").format(status=status_text(status)),
            ("lower_lr", "clip", "smaller_init"),
        )
    n_layers = len(layer_activations)
    if not snapshot or len(snapshot.get("step", ())) == 0 or n_layers == 0 or "L0.grad_h" not in snapshot:
        return Diagnosis("unknown", math.nan, translate("Diagnosis", "no probe records yet"),
                         translate("Diagnosis", "Run or step to see the diagnosis."))
    names = list(layer_names) if layer_names is not None else [
        translate("Diagnosis", "layer {number}").format(number=i + 1) for i in range(n_layers)]
    hidden = hidden_indices(n_layers)
    symmetric = _symmetric_start(snapshot, hidden, names)
    if symmetric is not None:
        return symmetric
    first, last = hidden[0], hidden[-1]
    ratio = float(flow_ratios(snapshot, n_layers)[first]) if len(hidden) >= 2 else 1.0
    kinds = {layer_activations[i] for i in hidden}
    flow = dict(first=names[first], ratio=_fmt(ratio), last=names[last])
    verdict = flow_state(ratio)

    if verdict == "vanishing":
        saturated = _worst(snapshot, "saturated", hidden, layer_activations, SATURATING)
        dead = _worst(snapshot, "dead", hidden, layer_activations, RECTIFYING)
        if saturated is not None and saturated[1] > SATURATED_SHARE:
            layer, share = saturated
            cause = translate(
                "Diagnosis", "{share:.0%} of {layer}'s units are saturated (outputs at the flat ends of the "
                             "{activation}), where its slope is nearly zero, so almost no gradient passes back"
            ).format(share=share, layer=names[layer], activation=layer_activations[layer])
        elif dead is not None and dead[1] > DEAD_SHARE:
            layer, share = dead
            cause = translate("Diagnosis", "{share:.0%} of {layer}'s units are dead ReLUs (zero for every input), "
                                           "so no gradient flows through them").format(share=share, layer=names[layer])
        elif "sigmoid" in kinds:
            cause = translate("Diagnosis", "the sigmoid's slope is at most 0.25, so every sigmoid layer shrinks the "
                                           "gradient at least fourfold on its way back")
        else:
            cause = translate("Diagnosis", "the initial weights are too small for this depth: each layer scales the "
                                           "gradient down (Xavier suits tanh, He suits ReLU)")
        fixes = ("relu_he", "residual", "xavier", "adam")
        message = translate("Diagnosis", "{first} receives {ratio} times the gradient of {last}: vanishing. Likely "
                                         "cause: {cause}.").format(cause=cause, **flow)
        return Diagnosis("vanishing", ratio, cause, message, fixes)
    if verdict == "exploding":
        cause = translate("Diagnosis", "the initial weights are too large: each layer multiplies the gradient on its "
                                       "way back (use Xavier for tanh/sigmoid, He for ReLU)")
        fixes = ("smaller_init", "clip", "lower_lr")
        message = translate("Diagnosis", "{first} receives {ratio} times the gradient of {last}: exploding. Likely "
                                         "cause: {cause}.").format(cause=cause, **flow)
        return Diagnosis("exploding", ratio, cause, message, fixes)
    cause = translate("Diagnosis", "gradients reach the first layer at a scale similar to the last one")
    message = translate("Diagnosis", "{first} receives {ratio} times the gradient of {last}: healthy; "
                                     "{cause}.").format(cause=cause, **flow)
    return Diagnosis("healthy", ratio, cause, message)


def _worst(snapshot: dict[str, np.ndarray], metric: str, hidden: list[int], activations: list[str],
           kinds: tuple[str, ...]) -> tuple[int, float] | None:
    """(layer, recent value) of the hidden layer of one of ``kinds`` with the largest ``metric``."""
    candidates = [i for i in hidden if activations[i] in kinds]
    if not candidates:
        return None
    values = recent_values(snapshot, metric, max(candidates) + 1)
    layer = max(candidates, key=lambda i: values[i])
    return layer, float(values[layer])


def _symmetric_start(snapshot: dict[str, np.ndarray], hidden: list[int], names: list[str]) -> Diagnosis | None:
    """The "symmetric" verdict when some hidden layer cannot differentiate its units: no gradient
    reaches it at all, or every unit receives the same gradient.  None otherwise."""
    n_layers = hidden[-1] + 1
    grad_w = recent_values(snapshot, "grad_w", n_layers)
    silent = [i for i in hidden if grad_w[i] == 0.0]
    # Old snapshots (or hand-made ones) may lack the spread column: then only silence is judged.
    spread = recent_values(snapshot, "grad_spread", n_layers) if "L0.grad_spread" in snapshot else None
    alike = [i for i in hidden if i not in silent and spread is not None and spread[i] < SYMMETRIC_SPREAD]
    if not silent and not alike:
        return None
    silent_text = translate("Diagnosis", "no gradient reaches {layers} (the weight gradient is exactly 0)")
    alike_text = translate("Diagnosis", "every unit of {layers} receives the same gradient")
    if silent and alike:
        which = translate("Diagnosis", "{listed} and {last}").format(
            listed=silent_text.format(layers=_layers(silent, names)), last=alike_text.format(layers=_layers(alike, names)))
    elif silent:
        which = silent_text.format(layers=_layers(silent, names))
    else:
        which = alike_text.format(layers=_layers(alike, names))
    cause = translate("Diagnosis", "{which}: the units of such a layer started equal and stay equal, so the layer "
                                   "acts like a single unit and the network cannot learn. Weights that all start at "
                                   "the same value (zeros or a constant) do this; random initialisation breaks the "
                                   "symmetry").format(which=which)
    message = translate("Diagnosis", "Symmetric start: {cause}.").format(cause=cause)
    return Diagnosis("symmetric", math.nan, cause, message, ("random_init",))


def _layers(indices: list[int], names: list[str]) -> str:
    """"dense1", "dense1 and dense2", "dense1, dense2 and dense3" in the current language."""
    chosen = [names[i] for i in indices]
    if len(chosen) == 1:
        return chosen[0]
    return translate("Diagnosis", "{listed} and {last}").format(
        listed=", ".join(chosen[:-1]), last=chosen[-1])


def _fmt(x: float) -> str:
    if not math.isfinite(x):
        return str(x)
    if 0.01 <= x < 1000:
        return f"{x:.3g}"
    return f"{x:.1e}".replace("e-0", "e-").replace("e+0", "e+")
