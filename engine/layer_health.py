"""Per-layer health: the metrics the window can show per layer, each on a fixed scale with its
healthy band, and the one rule that judges each layer's gradient flow.

The gradient-flow rule is the diagnosis' own: a layer's dL/dh (read like the verdict, as the
median of the newest records) against the last hidden layer's; under ``VANISHING_BELOW`` of it the
layer's gradient is vanishing, over ``EXPLODING_ABOVE`` exploding.  The verdict is this rule
applied to the first hidden layer, and the per-layer bars are coloured by it, so the two can never
disagree.  Pure NumPy, no Qt: the views only draw what these functions return.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.i18n import QT_TRANSLATE_NOOP, translate

VANISHING_BELOW = 1e-2     # a layer gets under 1% of the last hidden layer's gradient
EXPLODING_ABOVE = 1e2      # ... or over 100 times it
RECENT_RECORDS = 10        # the verdict and the bars read the median of the newest records
SATURATED_SHARE = 0.2      # a layer with more saturated sigmoid/tanh units than this is flagged
DEAD_SHARE = 0.3           # ... more dead ReLUs than this


@dataclass(frozen=True)
class LayerMetric:
    """One per-layer History column as the views show it.  Its texts are kept in English (marked for
    translation, with the thresholds as placeholders) and read in the current language through
    ``title``, ``axis_label`` and ``healthy_text``."""
    key: str                           # the column is "L{i}.{key}"
    title_source: str                  # the metric chooser's entry
    axis_label_source: str             # short, for the bars' axis and the colour bar
    log: bool                          # drawn as log10 of the value (else as the value itself)
    percent: bool                      # a fraction shown as a percentage
    scale: tuple[float, float]         # the fixed scale, in drawn units (log10 or the value)
    healthy: tuple[float, float] | None   # the healthy band in the value's units; None: relative
    healthy_text_source: str           # the band in words, for tooltips

    @property
    def title(self) -> str:
        return translate("Health", self.title_source)

    @property
    def axis_label(self) -> str:
        return translate("Health", self.axis_label_source)

    @property
    def healthy_text(self) -> str:
        return translate("Health", self.healthy_text_source).format(
            vanishing=f"{VANISHING_BELOW:g}", exploding=f"{EXPLODING_ABOVE:g}", saturated=SATURATED_SHARE,
            dead=DEAD_SHARE)

    def drawn(self, values: np.ndarray) -> np.ndarray:
        """Values in the scale's units: log10 (a zero goes to the scale's floor) or as they are;
        NaN stays NaN."""
        values = np.asarray(values, dtype=np.float64)
        if self.log:
            with np.errstate(divide="ignore"):
                values = np.log10(values)
        low, high = self.scale
        return np.clip(values, low, high)   # np.clip keeps NaN

    def judge(self, values: np.ndarray) -> list[str]:
        """"below", "inside" or "above" the healthy band for each value (NaN: "below", no signal)."""
        low, high = self.healthy
        return ["above" if v > high else "inside" if v >= low else "below" for v in values]


GRADIENT_FLOW_TEXT = QT_TRANSLATE_NOOP(
    "Health", "coloured by the diagnosis' rule: a layer's dL/dh under {vanishing} of the last hidden layer's is "
              "vanishing (blue), over {exploding} times it exploding (red), in between healthy (green)")

METRICS = {m.key: m for m in (
    LayerMetric("grad_h", QT_TRANSLATE_NOOP("Health", "dL/dh (layer output gradient)"), "‖dL/dh‖", True, False,
                (-8.0, 2.0), None, GRADIENT_FLOW_TEXT),
    LayerMetric("grad_w", QT_TRANSLATE_NOOP("Health", "dL/dW (weight gradient)"), "‖dL/dW‖", True, False,
                (-8.0, 2.0), None, GRADIENT_FLOW_TEXT),
    LayerMetric("saturated", QT_TRANSLATE_NOOP("Health", "saturated units %"),
                QT_TRANSLATE_NOOP("Health", "saturated units"), False, True, (0.0, 1.0), (0.0, SATURATED_SHARE),
                QT_TRANSLATE_NOOP("Health", "healthy: under {saturated:.0%} of a sigmoid/tanh layer's outputs at the "
                                            "flat ends of the curve (within 0.01 of its limits), where the slope and "
                                            "so the gradient passed back is nearly zero")),
    LayerMetric("dead", QT_TRANSLATE_NOOP("Health", "dead ReLUs %"), QT_TRANSLATE_NOOP("Health", "dead units"), False,
                True, (0.0, 1.0), (0.0, DEAD_SHARE),
                QT_TRANSLATE_NOOP("Health", "healthy: under {dead:.0%} of a ReLU layer's units output 0 for the whole "
                                            "batch; a dead unit passes no gradient back and stops learning")),
    LayerMetric("act_std", QT_TRANSLATE_NOOP("Health", "activation std"), QT_TRANSLATE_NOOP("Health", "activation std"),
                True, False, (-3.0, 3.0), (0.1, 10.0),
                QT_TRANSLATE_NOOP("Health", "healthy: 0.1 to 10; under 0.1 the layer's units output nearly the same "
                                            "value for every input (little signal goes forward), over 10 the "
                                            "activations blow up layer by layer")),
    LayerMetric("update_ratio", QT_TRANSLATE_NOOP("Health", "log10 update/weight ratio"),
                QT_TRANSLATE_NOOP("Health", "update / weight"), True, False, (-8.0, 0.0), (1e-4, 1e-2),
                QT_TRANSLATE_NOOP("Health", "healthy: 1e-4 to 1e-2 (about 1e-3 is the usual reference): how much of "
                                            "its size a layer's weight matrix moves per step; far below, the layer "
                                            "barely learns; far above, it jumps around")),
)}


def _recent_medians(columns: list[np.ndarray]) -> np.ndarray:
    """The median of each column's newest finite records (NaN for a column with none), in one
    vectorised pass (np.nanmedian is far slower on short rows): a 60-layer net asks for hundreds
    of these per frame."""
    if not columns:
        return np.empty(0)
    block = np.stack([column[-RECENT_RECORDS:] for column in columns]).astype(np.float64)
    block[~np.isfinite(block)] = np.nan
    ordered = np.sort(block, axis=1)                 # NaN sorts last
    counts = np.count_nonzero(~np.isnan(block), axis=1)
    low = np.take_along_axis(ordered, np.maximum(counts - 1, 0)[:, None] // 2, axis=1)[:, 0]
    high = np.take_along_axis(ordered, (counts // 2)[:, None].clip(max=block.shape[1] - 1), axis=1)[:, 0]
    return np.where(counts > 0, (low + high) / 2, np.nan)


def recent(snapshot: dict[str, np.ndarray], column: str) -> float:
    """The median of a column's newest finite records: what the verdict and the bars read."""
    return float(_recent_medians([snapshot[column]])[0])


def recent_values(snapshot: dict[str, np.ndarray], metric: str, n_layers: int) -> np.ndarray:
    """``recent`` of "L{i}.{metric}" for every layer, input side first."""
    return _recent_medians([snapshot[f"L{i}.{metric}"] for i in range(n_layers)])


def hidden_indices(n_layers: int) -> list[int]:
    """The hidden layers: every probed layer but the last, the linear output layer."""
    return list(range(max(n_layers - 1, 0))) or list(range(n_layers))


def flow_ratio(g: float, reference: float) -> float:
    """A layer's gradient over the reference's; a silent reference makes any gradient infinite."""
    if reference > 0:
        return g / reference
    return math.inf if g > 0 else 1.0


def flow_state(ratio: float) -> str:
    """The gradient-flow rule: "vanishing", "exploding" or "healthy" for a ratio to the reference."""
    if ratio < VANISHING_BELOW:
        return "vanishing"
    if ratio > EXPLODING_ABOVE:
        return "exploding"
    return "healthy"


def flow_ratios(snapshot: dict[str, np.ndarray], n_layers: int) -> np.ndarray:
    """Each layer's recent dL/dh over the last hidden layer's."""
    grad_h = recent_values(snapshot, "grad_h", n_layers)
    reference = grad_h[hidden_indices(n_layers)[-1]]
    return np.array([flow_ratio(g, reference) for g in grad_h])


def layer_states(snapshot: dict[str, np.ndarray], metric: str, n_layers: int) -> list[str]:
    """How each layer fares on ``metric``: for the gradients, the flow rule's "vanishing",
    "healthy" or "exploding"; for the others "below", "inside" or "above" the healthy band."""
    if METRICS[metric].healthy is None:
        return [flow_state(r) for r in flow_ratios(snapshot, n_layers)]
    return METRICS[metric].judge(recent_values(snapshot, metric, n_layers))
