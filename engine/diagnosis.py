"""Healthy / vanishing / exploding / diverged, read off the probes, with the likely cause in words.

The measure is the ratio of the first hidden layer's dL/dh norm to the last hidden layer's (the
gradient with respect to the layer outputs, which is what shrinks or grows on the way back:
the weight-gradient norm can stay flat across depth at initialisation while dL/dh vanishes).
It is read from the newest few full-resolution records (their median, so one noisy batch does not
flip the verdict).  Pure functions of a History snapshot, so the GUI can call them on the copy it
already holds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

VANISHING_BELOW = 1e-2     # the first hidden layer gets under 1% of the last one's gradient
EXPLODING_ABOVE = 1e2      # ... or over 100 times it
RECENT_RECORDS = 10
SATURATED_SHARE = 0.2      # mean fraction of saturated sigmoid/tanh units that explains vanishing
DEAD_SHARE = 0.3           # mean fraction of dead ReLUs that explains vanishing
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


def hidden_indices(n_layers: int) -> list[int]:
    # The last probed layer is the linear output layer; hidden layers come before it.
    return list(range(max(n_layers - 1, 0))) or list(range(n_layers))


def _recent(snapshot: dict[str, np.ndarray], column: str) -> float:
    values = snapshot[column][-RECENT_RECORDS:]
    values = values[np.isfinite(values)]
    return float(np.median(values)) if values.size else math.nan


def diagnose(snapshot: dict[str, np.ndarray], layer_activations: list[str], status: str = "") -> Diagnosis:
    """Judge the gradient flow from a per-step History snapshot (see engine.trainer columns)."""
    if status.startswith("diverged"):
        return Diagnosis(
            "diverged", math.nan,
            "the loss or a gradient became NaN or Inf: updates grew without bound (exploding gradients "
            "or a learning rate too high)",
            f"{status}: the loss or gradients overflowed to NaN/Inf. The plots show everything up to the "
            "last finite step.",
            ("lower_lr", "clip", "smaller_init"),
        )
    n_layers = len(layer_activations)
    if not snapshot or len(snapshot.get("step", ())) == 0 or n_layers == 0 or "L0.grad_h" not in snapshot:
        return Diagnosis("unknown", math.nan, "no probe records yet", "Run or step to see the diagnosis.")
    hidden = hidden_indices(n_layers)
    symmetric = _symmetric_start(snapshot, hidden)
    if symmetric is not None:
        return symmetric
    first, last = hidden[0], hidden[-1]
    g_first = _recent(snapshot, f"L{first}.grad_h")
    g_last = _recent(snapshot, f"L{last}.grad_h")
    if len(hidden) < 2:
        ratio = 1.0
    elif g_last > 0:
        ratio = g_first / g_last
    else:
        ratio = math.inf if g_first > 0 else 1.0
    saturated = np.mean([_recent(snapshot, f"L{i}.saturated") for i in hidden])
    dead = np.mean([_recent(snapshot, f"L{i}.dead") for i in hidden])
    kinds = {layer_activations[i] for i in hidden}
    depth = f"layer 1 receives {_fmt(ratio)} times the gradient of layer {last + 1}"

    if ratio < VANISHING_BELOW:
        if kinds & set(SATURATING) and saturated > SATURATED_SHARE:
            cause = (f"{saturated:.0%} of the sigmoid/tanh units are saturated (outputs at the flat ends), "
                     "where their slope is nearly zero, so almost no gradient passes back")
        elif kinds & set(RECTIFYING) and dead > DEAD_SHARE:
            cause = (f"{dead:.0%} of the ReLU units are dead (zero for every input), so no gradient flows "
                     "through them")
        elif "sigmoid" in kinds:
            cause = ("the sigmoid's slope is at most 0.25, so every sigmoid layer shrinks the gradient at "
                     "least fourfold on its way back")
        else:
            cause = ("the initial weights are too small for this depth: each layer scales the gradient "
                     "down (Xavier suits tanh, He suits ReLU)")
        fixes = ("relu_he", "residual", "xavier", "adam")
        return Diagnosis("vanishing", ratio, cause, f"{depth}: vanishing. Likely cause: {cause}.", fixes)
    if ratio > EXPLODING_ABOVE:
        cause = ("the initial weights are too large: each layer multiplies the gradient on its way back "
                 "(use Xavier for tanh/sigmoid, He for ReLU)")
        fixes = ("smaller_init", "clip", "lower_lr")
        return Diagnosis("exploding", ratio, cause, f"{depth}: exploding. Likely cause: {cause}.", fixes)
    cause = "gradients reach the first layer at a scale similar to the last one"
    return Diagnosis("healthy", ratio, cause, f"{depth}: healthy; {cause}.")


def _symmetric_start(snapshot: dict[str, np.ndarray], hidden: list[int]) -> Diagnosis | None:
    """The "symmetric" verdict when some hidden layer cannot differentiate its units: no gradient
    reaches it at all, or every unit receives the same gradient.  None otherwise."""
    silent = [i for i in hidden if _recent(snapshot, f"L{i}.grad_w") == 0.0]
    # Old snapshots (or hand-made ones) may lack the spread column: then only silence is judged.
    alike = [i for i in hidden if i not in silent and f"L{i}.grad_spread" in snapshot
             and _recent(snapshot, f"L{i}.grad_spread") < SYMMETRIC_SPREAD]
    if not silent and not alike:
        return None
    parts = []
    if silent:
        parts.append(f"no gradient reaches {_layers(silent)} (the weight gradient is exactly 0)")
    if alike:
        parts.append(f"every unit of {_layers(alike)} receives the same gradient")
    cause = (" and ".join(parts) + ": the units of such a layer started equal and stay equal, so the layer "
             "acts like a single unit and the network cannot learn. Weights that all start at the same "
             "value (zeros or a constant) do this; random initialisation breaks the symmetry")
    return Diagnosis("symmetric", math.nan, cause, f"Symmetric start: {cause}.", ("random_init",))


def _layers(indices: list[int]) -> str:
    names = [f"layer {i + 1}" for i in indices]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _fmt(x: float) -> str:
    if not math.isfinite(x):
        return str(x)
    if 0.01 <= x < 1000:
        return f"{x:.3g}"
    return f"{x:.1e}".replace("e-0", "e-").replace("e+0", "e+")
