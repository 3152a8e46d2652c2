"""Distributions of each layer's values over training, compressed as TensorBoard does.

For every probed (Dense) layer, three tensors of a fixed probe batch: the pre-activations
z = xW + b, the activations h = act(z) and the gradient dL/dh reaching the layer's output.  Each
is summarised by its quantiles at TensorBoard's compressor basis points (min, 6.68%, 15.87%,
30.85%, median, 69.15%, 84.13%, 93.32%, max: the normal distribution's -inf, -1.5, -1, -0.5, 0,
0.5, 1, 1.5, +inf standard deviations) and, for the newest sample only, a histogram.

``DistributionPainter`` is a picture painter of the training process: it runs the probe batch
(at most PROBE_SAMPLES training samples, the same ones all run) forward in evaluation mode and
back, so the picture does not depend on which mini-batch came last and takes nothing from the
training's random streams, and keeps the quantiles in a bounded ``History`` (old samples are
merged pairwise: a merged point is the mean of its samples' quantiles).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.history import History

BASIS_POINTS = (0, 668, 1587, 3085, 5000, 6915, 8413, 9332, 10000)
KINDS = ("pre_activation", "activation", "gradient")
PROBE_SAMPLES = 256         # samples in the probe batch
MAX_VALUES = 4096           # values per tensor summarised (an even stride through larger ones)
HISTOGRAM_BINS = 30
CAPACITY = 256              # samples kept per column; older ones merge pairwise
INTERVAL_S = 0.25           # a new sample at most 4 times a second,
SHARE = 0.015               # and less often if it would take more than this share of the run


def quantile_column(layer: int, kind: str, point: int) -> str:
    return f"L{layer}.{kind}.q{point}"


def thinned(values: np.ndarray, limit: int = MAX_VALUES) -> np.ndarray:
    """At most ``limit`` of the values, evenly strided (float64, flattened)."""
    flat = np.asarray(values, dtype=np.float64).ravel()
    return flat[::-(-flat.size // limit)] if flat.size > limit else flat


def compress(ordered: np.ndarray) -> np.ndarray:
    """Quantiles of sorted values at BASIS_POINTS, interpolated linearly between order statistics
    (``np.percentile``'s default), read straight off the sorted array."""
    position = (len(ordered) - 1) * np.array(BASIS_POINTS) / 10000.0
    below = np.floor(position).astype(np.intp)
    above = np.minimum(below + 1, len(ordered) - 1)
    return ordered[below] + (position - below) * (ordered[above] - ordered[below])


def histogram(ordered: np.ndarray, bins: int = HISTOGRAM_BINS) -> tuple[np.ndarray, np.ndarray]:
    """Counts and edges of sorted values over their range, as ``np.histogram`` bins them (a single
    value gets a bin of width 1); counted by bisecting the sorted array."""
    low, high = float(ordered[0]), float(ordered[-1])
    if low == high:
        low, high = low - 0.5, high + 0.5
    edges = np.linspace(low, high, bins + 1)
    below = np.searchsorted(ordered, edges[1:-1], side="left")
    return np.diff(np.concatenate([[0], below, [len(ordered)]])), edges


@dataclass(frozen=True)
class DistributionPicture:
    layer_names: tuple[str, ...]
    quantiles: dict                 # History snapshot: "step", "width" and quantile_column(...) columns
    histograms: tuple               # [layer][kind] -> (counts, edges) of the newest sample
    step: int


class DistributionPainter:
    interval_s = INTERVAL_S
    share = SHARE

    @classmethod
    def for_trainer(cls, trainer) -> "DistributionPainter | None":
        return cls(trainer) if trainer.probed and len(trainer.x_train) else None

    def __init__(self, trainer):
        n = len(trainer.x_train)
        rows = np.unique(np.linspace(0, n - 1, min(n, PROBE_SAMPLES)).astype(np.intp))
        self.x = trainer.x_train[rows]
        self.y = trainer.y_train[rows]
        self.layer_names = tuple(trainer.layer_names)
        self.history = History([quantile_column(i, kind, point) for i in range(len(trainer.probed))
                                for kind in KINDS for point in BASIS_POINTS], capacity=CAPACITY)

    def sample(self, trainer) -> list[list[np.ndarray]]:
        """The probe batch's [layer][kind] values, thinned to at most MAX_VALUES each."""
        layers = trainer.probed
        for layer in layers:
            layer.keep_grad_h = True
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                logits = trainer.net.forward(self.x, False)
                trainer.loss.forward(logits, self.y)
                trainer.net.backward(trainer.loss.backward())
            return [[thinned(layer.pre_activation), thinned(layer.activation_output), thinned(layer.grad_h)]
                    for layer in layers]
        finally:
            for layer in layers:
                layer.keep_grad_h = False

    def __call__(self, trainer) -> DistributionPicture:
        ordered = [[np.sort(v[np.isfinite(v)]) for v in kinds] for kinds in self.sample(trainer)]
        row = np.concatenate([compress(v) if v.size else np.full(len(BASIS_POINTS), np.nan)
                              for kinds in ordered for v in kinds])
        self.history.append(trainer.step, row)
        histograms = tuple(tuple(histogram(v) if v.size else (np.zeros(0), np.zeros(0)) for v in kinds)
                           for kinds in ordered)
        # float32 halves what each picture costs to send (~200 kB for 7 layers); ample for a plot.
        quantiles = {name: column.astype(np.float32) if column.dtype.kind == "f" else column
                     for name, column in self.history.snapshot().items()}
        return DistributionPicture(self.layer_names, quantiles, histograms, trainer.step)
