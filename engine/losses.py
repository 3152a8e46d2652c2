"""Losses on the network's logits, mean reduction, equal to torch's MSELoss, CrossEntropyLoss and
BCEWithLogitsLoss.  The softmax / sigmoid is fused into the loss, which is both numerically stable
and gives the simple gradient (probabilities - targets) / n.

``forward(logits, y) -> float`` caches what ``backward() -> dlogits`` needs; ``predict(logits)``
gives what the network predicts (class probabilities, or values for mse).
"""
from __future__ import annotations

import numpy as np

from engine.activations import sigmoid


class Loss:
    name: str
    one_output_threshold = 0.0      # two classes on one output: class 1 above this (a logit's 0)

    def forward(self, logits: np.ndarray, y: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self) -> np.ndarray:
        raise NotImplementedError

    def predict(self, logits: np.ndarray) -> np.ndarray:
        return logits


class MSELoss(Loss):
    """mean((logits - y)^2) over every element; targets float (n, k)."""
    name = "mse"
    scale = 1.0

    def forward(self, logits, y):
        self._diff = logits - np.asarray(y, dtype=logits.dtype).reshape(logits.shape)
        flat = self._diff.ravel()
        return self.scale * float(np.dot(flat, flat)) / flat.size

    def backward(self):
        return self._diff * (2.0 * self.scale / self._diff.size)


class HalfSquaredError(MSELoss):
    """E = ½(a − t)², the mean over every element (torch: 0.5 * MSELoss), so dE/da = (a − t)/n: the
    classic worked example's loss.  On two classes there is one output and its target is the label."""
    name = "half_squared_error"
    scale = 0.5
    one_output_threshold = 0.5      # the output estimates the label itself


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shifted by the row maximum so exp never overflows."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    e /= e.sum(axis=1, keepdims=True)
    return e


class CrossEntropyLoss(Loss):
    """Softmax cross-entropy; targets are int class labels (n,)."""
    name = "cross_entropy"

    def forward(self, logits, y):
        labels = np.asarray(y)
        if labels.shape != logits.shape[:1]:
            # An (n, 1) column would broadcast against the rows into an (n, n) table: a wrong loss, silently.
            raise ValueError(f"cross_entropy needs one integer class label per sample, an array of shape "
                             f"({logits.shape[0]},); got shape {labels.shape}. Flatten a column of labels "
                             f"with y.ravel(), or use mse for (n, k) targets")
        labels = labels.astype(np.intp, copy=False)
        rows = np.arange(labels.shape[0])
        shifted = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        sum_exp = exp.sum(axis=1)
        log_likelihood = shifted[rows, labels] - np.log(sum_exp)
        exp /= sum_exp[:, None]
        self._probs, self._rows, self._labels = exp, rows, labels
        # The mean as ndarray.mean computes it (the same pairwise sum over n), minus its wrapper's cost.
        return -float(np.add.reduce(log_likelihood) / len(log_likelihood))

    def backward(self):
        grad = self._probs.copy()
        grad[self._rows, self._labels] -= 1.0
        grad *= 1.0 / grad.shape[0]
        return grad

    def predict(self, logits):
        return softmax(logits)


class BCEWithLogitsLoss(Loss):
    """Sigmoid binary cross-entropy on logits; targets float (n, 1) in {0, 1}."""
    name = "binary_cross_entropy"

    def forward(self, logits, y):
        target = np.asarray(y, dtype=logits.dtype).reshape(logits.shape)
        # max(z, 0) - z*y + log(1 + exp(-|z|)): never exponentiates a positive number
        per_sample = np.maximum(logits, 0.0) - logits * target + np.log1p(np.exp(-np.abs(logits)))
        self._logits, self._target = logits, target
        return float(per_sample.mean())

    def backward(self):
        return (sigmoid(self._logits) - self._target) * (1.0 / self._target.size)

    def predict(self, logits):
        return sigmoid(logits)


_LOSSES: dict[str, type[Loss]] = {cls.name: cls for cls in (MSELoss, CrossEntropyLoss, BCEWithLogitsLoss,
                                                              HalfSquaredError)}


def get_loss(name: str) -> Loss:
    """A new loss object (each holds the cache of its last forward)."""
    try:
        return _LOSSES[name]()
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; valid names: {', '.join(_LOSSES)}") from None
