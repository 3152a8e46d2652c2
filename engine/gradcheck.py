"""Gradient checking: back-propagated gradients against central differences, in float64.

The network is run in training mode (batch-norm uses batch statistics, as during training) with
each dropout mask drawn once and then held fixed, so the loss is a smooth function of the weights
and of the input.  The network's running statistics, dropout generators and weights are restored
afterwards, so a check does not disturb a run.

``check_experiment`` is the check the app (Run → Check Gradients) and ``backprop-workbench
gradcheck`` run: an experiment's network on one batch of its training data, a report per
parameter with a pass/fail against ``PASS_THRESHOLD``; a large network is checked on a random
sample of its weights so the cost stays bounded (``MAX_ENTRIES``).
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Callable, Iterator

import numpy as np

from engine.i18n import translate
from engine.layers import Dropout
from engine.losses import Loss, get_loss
from engine.network import Network, build_network
from engine.spec import Experiment
from engine.trainer import Trainer

RELATIVE_ERROR_FLOOR = 1e-8


def relative_error(analytic: np.ndarray, numeric: np.ndarray, floor: float = RELATIVE_ERROR_FLOOR) -> float:
    """max |a - n| / max(|a| + |n|, floor) over the entries: relative where the gradient is
    sizeable, absolute (scaled by 1/floor) where both are tiny."""
    analytic, numeric = np.asarray(analytic), np.asarray(numeric)
    if analytic.size == 0:
        return 0.0
    scale = np.maximum(np.abs(analytic) + np.abs(numeric), floor)
    return float(np.max(np.abs(analytic - numeric) / scale))


def numeric_gradient(array: np.ndarray, objective: Callable[[], float], eps: float,
                     entries: np.ndarray | None = None) -> np.ndarray:
    """Central differences of ``objective()`` with respect to each entry of ``array`` (or only the
    flat indices ``entries``; the others stay 0), which is perturbed in place and restored."""
    grad = np.zeros_like(array)
    indices = np.ndindex(array.shape) if entries is None else (np.unravel_index(i, array.shape) for i in entries)
    for index in indices:
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


# A float64 central difference with eps 1e-5 agrees with a correct backward pass to about 1e-9
# (its truncation error is ~eps^2); a wrong derivative is off by far more than 1e-5.  Between the
# two lie kinks: a ReLU unit whose input is within eps of 0 for a sample of the batch.
PASS_THRESHOLD = 1e-5
EPS = 1e-5
BATCH_SIZE = 32            # samples in the checked batch
MAX_ENTRIES = 2000         # parameter entries checked in all, beyond which a random sample is taken
MIN_ENTRIES = 10           # ... but at least this many of every parameter (or all it has)
# Rounding makes a central difference uncertain by about 1e-15 * |loss| / eps ~ 1e-10 * |loss|, so
# gradients smaller than this fraction of the loss are compared in absolute terms (see
# ``relative_error``'s floor): a vanishing gradient of 1e-9 cannot be estimated to 1e-5 of itself.
NOISE_FLOOR = 1e-4


@dataclass(frozen=True)
class ParameterCheck:
    name: str                  # e.g. "dense1.W"
    shape: tuple[int, ...]
    checked: int               # entries compared
    size: int                  # entries the parameter has
    max_analytic: float        # largest |back-propagated gradient| among the checked entries
    max_numeric: float         # largest |central difference| among them
    relative_error: float      # ``relative_error`` over the checked entries
    passed: bool


@dataclass(frozen=True)
class GradcheckReport:
    parameters: tuple[ParameterCheck, ...]
    threshold: float
    eps: float
    batch_size: int
    loss: float                # the batch's loss at the checked weights
    floor: float               # gradients below this size are compared in absolute terms
    max_error: float
    passed: bool

    @property
    def checked(self) -> int:
        return sum(p.checked for p in self.parameters)

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parameters)

    @property
    def worst(self) -> ParameterCheck | None:
        return max(self.parameters, key=lambda p: p.relative_error, default=None)

    def meaning(self) -> str:
        """One sentence on what the result means."""
        sample = (translate("Gradcheck", "every weight") if self.checked == self.size
                  else translate("Gradcheck", "a random sample of {checked} of the {size} weights").format(
                      checked=f"{self.checked:,}", size=f"{self.size:,}"))
        if self.passed:
            return translate("Gradcheck", "Backpropagation is correct here: for {sample}, the gradient it computes "
                                          "agrees with a numeric estimate (the loss measured at w ± {eps}) to within a "
                                          "relative error of {threshold} (worst {worst}).").format(
                sample=sample, eps=f"{self.eps:g}", threshold=f"{self.threshold:g}", worst=f"{self.max_error:.1e}")
        worst = self.worst
        return translate("Gradcheck", "The gradient of {name} disagrees with the numeric estimate (relative error "
                                      "{error}, above {threshold}): the backward pass computes a wrong derivative for "
                                      "it, or a ReLU-like kink lies within {eps} of an input for this batch (then a "
                                      "nearby batch or seed passes).").format(
            name=worst.name, error=f"{worst.relative_error:.1e}", threshold=f"{self.threshold:g}", eps=f"{self.eps:g}")

    def to_dict(self) -> dict:
        out = asdict(self)
        out.update(checked=self.checked, size=self.size, meaning=self.meaning())
        return out


def sample_entries(sizes: list[int], max_entries: int, rng: np.random.Generator) -> list[np.ndarray | None]:
    """Which flat entries of each parameter to check: all of them (None) when the parameters hold
    at most ``max_entries`` in total; otherwise a share of ``max_entries`` proportional to each
    one's size, at least MIN_ENTRIES (or its size), drawn without replacement and sorted."""
    total = sum(sizes)
    if total <= max_entries:
        return [None] * len(sizes)
    chosen = []
    for size in sizes:
        count = min(size, max(MIN_ENTRIES, round(max_entries * size / total)))
        chosen.append(None if count == size else np.sort(rng.choice(size, count, replace=False)))
    return chosen


def check_network(net: Network, x: np.ndarray, y: np.ndarray, loss: Loss, *, eps: float = EPS,
                  threshold: float = PASS_THRESHOLD, max_entries: int = MAX_ENTRIES,
                  seed: int = 0) -> GradcheckReport:
    """Check a float64 network's parameter gradients on one batch (see ``check_experiment``)."""
    if net.dtype != np.float64:
        raise ValueError(f"gradient checks need a float64 network, got {net.dtype}")
    params = net.parameters()
    entries = sample_entries([value.size for _, value, _ in params], max_entries,
                             np.random.Generator(np.random.PCG64([seed, 2])))
    x = np.ascontiguousarray(x, dtype=np.float64)

    def objective() -> float:
        return loss.forward(net.forward(x, training=True), y)

    checks = []
    with _held_still(net) as dropouts:
        loss_value = objective()
        floor = max(RELATIVE_ERROR_FLOOR, NOISE_FLOOR * abs(loss_value))
        for layer in dropouts:
            layer.reuse_mask = True
        net.backward(loss.backward())
        analytic = [grad.copy() for _, _, grad in params]
        for (name, value, _), grad, chosen in zip(params, analytic, entries):
            numeric = numeric_gradient(value, objective, eps, chosen)
            a, n = (grad.ravel(), numeric.ravel()) if chosen is None else (grad.ravel()[chosen], numeric.ravel()[chosen])
            error = relative_error(a, n, floor)
            checks.append(ParameterCheck(name, tuple(value.shape), a.size, value.size,
                                         float(np.max(np.abs(a), initial=0.0)), float(np.max(np.abs(n), initial=0.0)),
                                         error, error <= threshold))
    max_error = max((c.relative_error for c in checks), default=0.0)
    return GradcheckReport(tuple(checks), threshold, eps, len(x), float(loss_value), floor, max_error,
                           all(c.passed for c in checks) and math.isfinite(max_error))


def check_experiment(exp: Experiment, weights: dict[str, np.ndarray] | None = None, *,
                     batch_size: int = BATCH_SIZE, max_entries: int = MAX_ENTRIES,
                     threshold: float = PASS_THRESHOLD, eps: float = EPS) -> GradcheckReport:
    """The experiment's network, in float64, with its initial weights (from its seed, or its
    ``initial_weights`` file) or ``weights`` (a state dict, e.g. a run's weights.npz), checked on
    ``batch_size`` training samples chosen by the experiment's seed.

    Cost: two forward passes of the batch per checked entry, so at most
    ``2 * (max_entries + MIN_ENTRIES * parameter arrays)`` forward passes of ``batch_size`` samples.
    """
    trainer = Trainer(exp.replace(dtype="float64"), probes=False)
    if weights is not None:
        trainer.net.load_state_dict(weights)
    n = len(trainer.x_train)
    rng = np.random.Generator(np.random.PCG64([exp.seed, 3]))
    rows = np.sort(rng.choice(n, min(batch_size, n), replace=False))
    return check_network(trainer.net, trainer.x_train[rows], trainer.y_train[rows], trainer.loss,
                         eps=eps, threshold=threshold, max_entries=max_entries, seed=exp.seed)
