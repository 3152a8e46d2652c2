"""Gradient clipping with torch.nn.utils.clip_grad_norm_ / clip_grad_value_ semantics, in place."""
from __future__ import annotations

import math

import numpy as np


def sq_norm(array: np.ndarray) -> float:
    """Squared L2 norm as a Python float: a dot product of the ravel view (no temporary, dtype kept),
    redone in float64 when float32 overflows (a norm above ~1.8e19 is large but still finite)."""
    flat = array.ravel()
    sq = float(np.dot(flat, flat))
    if sq == math.inf and flat.dtype != np.float64:
        wide = flat.astype(np.float64)
        sq = float(np.dot(wide, wide))
    return sq


def grad_sq_norms(grads: list[np.ndarray]) -> list[float]:
    """Squared L2 norm of each array."""
    return [sq_norm(grad) for grad in grads]


# Arrays this small in total are joined for one dot product: a call per array costs a small net's
# step more than the arithmetic (6 calls were 8% of a 2-16-16-2 step).
JOINED_NORM_MAX_SIZE = 4096


def total_sq_norm(grads: list[np.ndarray]) -> float:
    """Squared L2 norm of all the arrays together."""
    if sum(grad.size for grad in grads) <= JOINED_NORM_MAX_SIZE:
        return sq_norm(np.concatenate([grad.ravel() for grad in grads]))
    return math.fsum(grad_sq_norms(grads))


def clip_grad_norm(grads: list[np.ndarray], max_norm: float, sq_norms: list[float] | None = None) -> float:
    """Scale all grads together so their total L2 norm is at most ``max_norm``; return the norm before.

    As torch: coef = max_norm / (total + 1e-6), and the grads are multiplied by coef only when it is
    below 1.  Pass ``sq_norms`` (each grad's squared norm) when the caller already has them.
    A NaN total leaves the grads as they are (torch would turn them all NaN); the caller sees
    the non-finite norm either way.
    """
    if sq_norms is None:
        sq_norms = grad_sq_norms(grads)
    total = math.sqrt(math.fsum(sq_norms))
    coef = float(max_norm) / (total + 1e-6)
    if coef < 1.0:
        for grad in grads:
            grad *= coef
    return total


def clip_grad_value(grads: list[np.ndarray], limit: float) -> None:
    """Clamp every grad element to [-limit, limit] in place."""
    limit = float(limit)
    for grad in grads:
        np.clip(grad, -limit, limit, out=grad)
