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

from engine.layer_health import (
    DEAD_SHARE, SATURATED_SHARE, flow_ratios, flow_state, hidden_indices, recent_values,
)

# Units whose gradients differ by less than this (relative spread, see Dense.unit_gradient_spread)
# are copies of each other: float rounding alone never separates them in a useful time.
SYMMETRIC_SPREAD = 1e-6
SATURATING = ("sigmoid", "tanh")
RECTIFYING = ("relu", "leaky_relu")

# The fixes the GUI offers as buttons, by key.
FIXES = {
    "relu_he": "Use ReLU with He initialisation",
    "xavier": "Use Xavier (Glorot) initialisation",
    "residual": "Wrap layers in residual blocks",
    "clip": "Clip gradients to norm 1",
    "lower_lr": "Lower the learning rate 10x",
    "smaller_init": "Use a smaller initialisation (Xavier/He)",
    "adam": "Switch to Adam",
    "random_init": "Start from random weights (He for ReLU, Xavier otherwise)",
}


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
            "the loss, a gradient or the weights overflowed or grew absurdly large: updates grew without "
            "bound (exploding gradients or a learning rate too high)",
            f"{status}: the loss, the gradients or the weights overflowed to NaN/Inf or grew absurdly large "
            "(beyond 1.8e19, or a loss a million times its start). The weights are the last finite ones and "
            "the plots show everything up to the last finite step.",
            ("lower_lr", "clip", "smaller_init"),
        )
    n_layers = len(layer_activations)
    if not snapshot or len(snapshot.get("step", ())) == 0 or n_layers == 0 or "L0.grad_h" not in snapshot:
        return Diagnosis("unknown", math.nan, "no probe records yet", "Run or step to see the diagnosis.")
    names = list(layer_names) if layer_names is not None else [f"layer {i + 1}" for i in range(n_layers)]
    hidden = hidden_indices(n_layers)
    symmetric = _symmetric_start(snapshot, hidden, names)
    if symmetric is not None:
        return symmetric
    first, last = hidden[0], hidden[-1]
    ratio = float(flow_ratios(snapshot, n_layers)[first]) if len(hidden) >= 2 else 1.0
    kinds = {layer_activations[i] for i in hidden}
    depth = f"{names[first]} receives {_fmt(ratio)} times the gradient of {names[last]}"
    verdict = flow_state(ratio)

    if verdict == "vanishing":
        saturated = _worst(snapshot, "saturated", hidden, layer_activations, SATURATING)
        dead = _worst(snapshot, "dead", hidden, layer_activations, RECTIFYING)
        if saturated is not None and saturated[1] > SATURATED_SHARE:
            layer, share = saturated
            cause = (f"{share:.0%} of {names[layer]}'s units are saturated (outputs at the flat ends of the "
                     f"{layer_activations[layer]}), where its slope is nearly zero, so almost no gradient "
                     "passes back")
        elif dead is not None and dead[1] > DEAD_SHARE:
            layer, share = dead
            cause = (f"{share:.0%} of {names[layer]}'s units are dead ReLUs (zero for every input), so no "
                     "gradient flows through them")
        elif "sigmoid" in kinds:
            cause = ("the sigmoid's slope is at most 0.25, so every sigmoid layer shrinks the gradient at "
                     "least fourfold on its way back")
        else:
            cause = ("the initial weights are too small for this depth: each layer scales the gradient "
                     "down (Xavier suits tanh, He suits ReLU)")
        fixes = ("relu_he", "residual", "xavier", "adam")
        return Diagnosis("vanishing", ratio, cause, f"{depth}: vanishing. Likely cause: {cause}.", fixes)
    if verdict == "exploding":
        cause = ("the initial weights are too large: each layer multiplies the gradient on its way back "
                 "(use Xavier for tanh/sigmoid, He for ReLU)")
        fixes = ("smaller_init", "clip", "lower_lr")
        return Diagnosis("exploding", ratio, cause, f"{depth}: exploding. Likely cause: {cause}.", fixes)
    cause = "gradients reach the first layer at a scale similar to the last one"
    return Diagnosis("healthy", ratio, cause, f"{depth}: healthy; {cause}.")


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
    parts = []
    if silent:
        parts.append(f"no gradient reaches {_layers(silent, names)} (the weight gradient is exactly 0)")
    if alike:
        parts.append(f"every unit of {_layers(alike, names)} receives the same gradient")
    cause = (" and ".join(parts) + ": the units of such a layer started equal and stay equal, so the layer "
             "acts like a single unit and the network cannot learn. Weights that all start at the same "
             "value (zeros or a constant) do this; random initialisation breaks the symmetry")
    return Diagnosis("symmetric", math.nan, cause, f"Symmetric start: {cause}.", ("random_init",))


def _layers(indices: list[int], names: list[str]) -> str:
    chosen = [names[i] for i in indices]
    return chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]


def _fmt(x: float) -> str:
    if not math.isfinite(x):
        return str(x)
    if 0.01 <= x < 1000:
        return f"{x:.3g}"
    return f"{x:.1e}".replace("e-0", "e-").replace("e+0", "e+")
