"""Gradient checking: back-propagated gradients against central differences, in float64.

The network is run in training mode (batch-norm uses batch statistics, as during training) with
each dropout mask drawn once and then held fixed, so the loss is a smooth function of the weights
and of the input.  The network's running statistics, dropout generators and weights are restored
afterwards, so a check does not disturb a run.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

import numpy as np

from engine.layers import Dropout
from engine.losses import Loss, get_loss
from engine.network import Network, build_network
from engine.spec import Experiment

RELATIVE_ERROR_FLOOR = 1e-8


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """max |a - n| / max(|a| + |n|, 1e-8) over the entries: relative where the gradient is
    sizeable, absolute (scaled by 1e8) where both are tiny."""
    analytic, numeric = np.asarray(analytic), np.asarray(numeric)
    if analytic.size == 0:
        return 0.0
    scale = np.maximum(np.abs(analytic) + np.abs(numeric), RELATIVE_ERROR_FLOOR)
    return float(np.max(np.abs(analytic - numeric) / scale))


def numeric_gradient(array: np.ndarray, objective: Callable[[], float], eps: float) -> np.ndarray:
    """Central differences of ``objective()`` with respect to each entry of ``array``, which is
    perturbed in place and restored."""
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        original = array[index]
        array[index] = original + eps
        plus = objective()
        array[index] = original - eps
        minus = objective()
        array[index] = original
        grad[index] = (plus - minus) / (2.0 * eps)
    return grad


def _outputs_for(loss_name: str, y: np.ndarray) -> int:
    if loss_name == "cross_entropy":
        return int(np.max(y)) + 1
    if loss_name == "binary_cross_entropy":
        return 1
    return y.shape[1] if y.ndim == 2 else 1


@contextmanager
def _held_still(net: Network) -> Iterator[list[Dropout]]:
    """Input gradient on; weights, running statistics and dropout generators restored on exit.
    Yields the dropout layers, whose masks the caller fixes after the first forward."""
    saved_state = net.state_dict()
    saved_input_grad = net.input_grad
    dropouts = [layer for layer in net.all_layers() if isinstance(layer, Dropout)]
    saved_rng = [layer.rng.bit_generator.state for layer in dropouts]
    net.input_grad = True
    try:
        yield dropouts
    finally:
        for layer, state in zip(dropouts, saved_rng):
            layer.reuse_mask = False
            layer.rng.bit_generator.state = state
        net.input_grad = saved_input_grad
        net.load_state_dict(saved_state)


def gradcheck(exp_or_net: Experiment | Network, x: np.ndarray, y: np.ndarray, loss: str | Loss,
              eps: float = 1e-5) -> dict[str, float]:
    """Max relative error (``relative_error``) between back-propagated and central-difference
    gradients, per parameter name and for "input".

    An Experiment is built in float64 with as many outputs as the targets need (cross_entropy:
    max label + 1); a Network must already be float64.  Keep the batch and the net small: each
    parameter entry costs two forward passes.
    """
    loss_fn = get_loss(loss) if isinstance(loss, str) else loss
    y = np.asarray(y)
    x = np.array(x, dtype=np.float64)            # our own copy: perturbed in place
    if isinstance(exp_or_net, Network):
        net = exp_or_net
        if net.dtype != np.float64:
            raise ValueError(f"gradcheck needs a float64 network, got {net.dtype}; build it with "
                             "dtype 'float64' or pass the Experiment")
    else:
        net = build_network(exp_or_net.replace(dtype="float64"), x.shape[1], _outputs_for(loss_fn.name, y))

    def objective() -> float:
        return loss_fn.forward(net.forward(x, training=True), y)

    with _held_still(net) as dropouts:
        objective()
        for layer in dropouts:
            layer.reuse_mask = True
        dx = net.backward(loss_fn.backward())
        errors = {name: relative_error(grad, numeric_gradient(value, objective, eps))
                  for name, value, grad in net.parameters()}
        errors["input"] = relative_error(dx, numeric_gradient(x, objective, eps))
    return errors
