"""The fit of a model on 1-D data: its output as a curve over the input, beside the data points.

``FitPainter`` is one of the training process's picture painters (``workbench.training_process.
PICTURE_PAINTERS``): called with the trainer now and then, it returns a ``FitPicture`` (plain
arrays, picklable).  It applies to data with one input feature, regression or classification.
For a network small enough to watch each weight (``engine.trainer.MAX_TRACKED_PARAMETERS``) the
picture also carries every parameter's value over the steps, as the trainer recorded it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CURVE_POINTS = 200          # inputs at which the model's output is drawn
MAX_DATA_POINTS = 500       # data points sent with each picture (evenly spaced through the training set)
MARGIN = 0.1                # extra room beyond the data's range, as a fraction of it
FIT_INTERVAL_S = 0.1        # a fresh curve at most ~10 times per second,
FIT_SHARE = 0.02            # and less often if it would take more than this share of the run


@dataclass(frozen=True)
class FitPicture:
    xs: np.ndarray                  # (CURVE_POINTS,) inputs of the curve
    outputs: np.ndarray             # (CURVE_POINTS, k) the model's output at xs, one column per curve
    curve_labels: tuple[str, ...]   # what each column is ("prediction", "P(class 1)", ...)
    x_data: np.ndarray              # (n,) training inputs (at most MAX_DATA_POINTS)
    y_data: np.ndarray              # (n, k) regression targets, or (n,) class labels
    classification: bool
    step: int
    parameters: dict | None = None  # History snapshot of every parameter's value (small nets only)


def curve_inputs(x: np.ndarray, points: int = CURVE_POINTS, margin: float = MARGIN) -> np.ndarray:
    """Evenly spaced inputs covering the data's range plus a margin on each side."""
    low, high = float(x.min()), float(x.max())
    pad = (high - low) * margin or 1.0
    return np.linspace(low - pad, high + pad, points)


def curve_labels(classification: bool, n_columns: int) -> tuple[str, ...]:
    if not classification:
        return ("prediction",) if n_columns == 1 else tuple(f"output {j + 1}" for j in range(n_columns))
    # One column: binary classification, the probability of class 1 (class 0's is its complement).
    return ("P(class 1)",) if n_columns == 1 else tuple(f"P(class {j})" for j in range(n_columns))


class FitPainter:
    interval_s = FIT_INTERVAL_S
    share = FIT_SHARE

    @classmethod
    def for_trainer(cls, trainer) -> "FitPainter | None":
        return cls(trainer) if trainer.dataset.n_inputs == 1 else None

    def __init__(self, trainer):
        x = trainer.x_train[:, 0]
        rows = np.unique(np.linspace(0, len(x) - 1, min(len(x), MAX_DATA_POINTS)).astype(np.intp))
        self.x_data = np.array(x[rows], dtype=np.float64)
        self.classification = trainer.classification
        labels = trainer.labels_train if self.classification else trainer.y_train
        self.y_data = np.array(labels[rows], dtype=np.int64 if self.classification else np.float64)
        if self.y_data.ndim == 1 and not self.classification:
            self.y_data = self.y_data[:, None]
        self.xs = curve_inputs(x)

    def __call__(self, trainer) -> FitPicture:
        outputs = np.asarray(trainer.predict(self.xs[:, None]), dtype=np.float64)
        if self.classification and outputs.shape[1] == 2:
            outputs = outputs[:, 1:]          # two classes: P(class 1) says it all
        labels = curve_labels(self.classification, outputs.shape[1])
        history = trainer.parameter_history
        return FitPicture(self.xs, outputs, labels, self.x_data, self.y_data, self.classification, trainer.step,
                          history.snapshot() if history is not None else None)
