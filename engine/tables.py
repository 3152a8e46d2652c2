"""A run's histories as CSV text: what the window's File → Export writes for metrics and heatmap values.

Input is a ``History.snapshot()`` (the window's ``RunFrame.steps`` / ``.epochs``): columns plus
``step`` (the first step of each row) and ``width`` (how many steps the row stands for: 1, or more
for the older rows of a long run, which the bounded history merges into width-weighted means).
Per-layer columns ``L{i}.<metric>`` are written under the layer's name, ``dense1.grad_w``.
Numbers are written with ``repr`` (exact), NaN as an empty field.
"""
from __future__ import annotations

import csv
import io
import math

import numpy as np

from engine.trainer import EPOCH_COLUMNS, LAYER_METRICS, STEP_COLUMNS, layer_column


def layer_key(label: str) -> str:
    """'dense1' from a layer label such as 'dense1 · tanh'."""
    return label.split(" · ")[0]


def _cell(value) -> str:
    value = float(value)
    return "" if math.isnan(value) else repr(value)


def _table(header: list[str], columns: list[np.ndarray], integer_columns: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in zip(*columns):
        writer.writerow([str(int(v)) for v in row[:integer_columns]] + [_cell(v) for v in row[integer_columns:]])
    return out.getvalue()


def steps_csv(steps: dict, layer_names: list[str]) -> str:
    """One row per history row: step, width, loss, grad_norm, lr, then every per-layer metric."""
    header, columns = ["step", "width"], [steps["step"], steps["width"]]
    for name in STEP_COLUMNS:
        header.append(name)
        columns.append(steps[name])
    for i, label in enumerate(layer_names):
        for metric in LAYER_METRICS:
            if layer_column(i, metric) in steps:
                header.append(f"{layer_key(label)}.{metric}")
                columns.append(steps[layer_column(i, metric)])
    return _table(header, columns, 2)


def epochs_csv(epochs: dict) -> str:
    """One row per epoch: step (the step ending it), epoch, train_loss, val_loss, train_acc, val_acc."""
    return _table(["step", "epoch", *EPOCH_COLUMNS[1:]], [epochs["step"], *(epochs[c] for c in EPOCH_COLUMNS)], 2)


def heatmap_csv(steps: dict, layer_names: list[str], metric: str) -> str:
    """The gradient heatmap's values: one row per history row, one column per layer (input
    first), the ``metric`` (grad_w or grad_h) norms themselves, not their log."""
    header = ["step", "width", *(f"{layer_key(label)}.{metric}" for label in layer_names)]
    columns = [steps["step"], steps["width"], *(steps[layer_column(i, metric)] for i in range(len(layer_names)))]
    return _table(header, columns, 2)
