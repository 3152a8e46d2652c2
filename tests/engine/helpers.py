"""Small builders shared by the engine tests."""
from __future__ import annotations

import numpy as np

from engine.datasets import Dataset


def regression_dataset(x: np.ndarray, y: np.ndarray, name: str = "synthetic") -> Dataset:
    """Wrap arrays as a regression Dataset with no validation split."""
    return Dataset(x_train=x, y_train=y, x_val=x[:0], y_val=y[:0], task="regression",
                   n_inputs=x.shape[1], n_classes=0, n_targets=y.shape[1],
                   feature_names=tuple(f"x{i}" for i in range(x.shape[1])), class_names=(), name=name)
