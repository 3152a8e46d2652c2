"""Optimizers with torch.optim's update rules (single-tensor, non-foreach, maximize=False paths).

``make_optimizer(spec, params)`` takes the network's ``(name, value, grad)`` triples.  ``step(lr)``
reads the grads and updates the value arrays in place; the value arrays stay the same objects
because layers hold references to them.  Each optimizer keeps its per-parameter state (moment
buffers, step count) and one or two scratch arrays per parameter, so a step allocates nothing.
All hyperparameters and the step sizes are Python floats, so float32 parameters stay float32.
"""
from __future__ import annotations

import numpy as np

from engine.spec import OptimizerSpec


class Optimizer:
    """Common bookkeeping: the parameter lists, the step count and optional update tracking.

    Set ``track_updates = True`` before ``step`` to have it record the squared L2 norm of each
    parameter's update (new value minus old value) for ``update_sq_norms()``; while it is False
    step does no extra work.  Set ``keep_previous = True`` to keep a copy of the values before
    every step, so ``undo_values()`` can put back the values of the step before (the trainer's
    guard against an update that overflows the weights).
    """

    def __init__(self, params: list[tuple[str, np.ndarray, np.ndarray]], hyper: dict):
        for name, value, grad in params:
            if value.shape != grad.shape or value.dtype != grad.dtype:
                raise ValueError(f"parameter {name}: value {value.shape} {value.dtype} and grad "
                                 f"{grad.shape} {grad.dtype} must have the same shape and dtype")
        self.names = [name for name, _, _ in params]
        self.values = [value for _, value, _ in params]
        self.grads = [grad for _, _, grad in params]
        self.hyper = dict(hyper)
        self.steps = 0                      # optimizer steps taken, as torch's state["step"]
        self.track_updates = False
        self.keep_previous = False
        self._scratch = [np.empty_like(v) for v in self.values]
        self._previous: list[np.ndarray] | None = None   # values before the step, when tracking
        self.can_undo = False               # the last step kept the values it started from
        self._update_sq: list[float] = []

    def _zeros(self) -> list[np.ndarray]:
        return [np.zeros_like(v) for v in self.values]

    def _decayed_grads(self, weight_decay: float, out: list[np.ndarray]) -> list[np.ndarray]:
        """grad + weight_decay * value (torch's L2 penalty), into ``out``; the grads themselves are left alone."""
        if weight_decay == 0:
            return self.grads
        for value, grad, decayed in zip(self.values, self.grads, out):
            np.multiply(value, weight_decay, out=decayed)
            decayed += grad
        return out

    def step(self, lr: float) -> None:
        lr = float(lr)
        tracking = self.track_updates
        self.can_undo = tracking or self.keep_previous
        if self.can_undo:
            if self._previous is None:
                self._previous = [np.empty_like(v) for v in self.values]
            for value, previous in zip(self.values, self._previous):
                np.copyto(previous, value)
        self.steps += 1
        self._update(lr)
        if tracking:
            sq = []
            for value, previous, difference in zip(self.values, self._previous, self._scratch):
                np.subtract(value, previous, out=difference)
                flat = difference.ravel()
                sq.append(float(np.dot(flat, flat)))
            self._update_sq = sq

    def undo_values(self) -> None:
        """Put back the parameter values from before the last step (``keep_previous`` must have
        been set for it).  The optimizer's state is not rewound: the run is over."""
        for value, previous in zip(self.values, self._previous):
            np.copyto(value, previous)

    def update_sq_norms(self) -> list[float]:
        """Squared L2 norm of each parameter's last update; empty until a step ran with track_updates."""
        return list(self._update_sq)

    def _update(self, lr: float) -> None:
        raise NotImplementedError


class SGD(Optimizer):
    """torch.optim.SGD: the first momentum buffer is the grad itself (no dampening on step 1)."""

    def __init__(self, params, hyper):
        super().__init__(params, hyper)
        self.momentum = float(hyper["momentum"])
        self.dampening = float(hyper["dampening"])
        self.nesterov = bool(hyper["nesterov"])
        self.weight_decay = float(hyper["weight_decay"])
        self._buffers = self._zeros() if self.momentum else []
        self._decayed = self._zeros() if self.weight_decay else []

    def _update(self, lr: float) -> None:
        grads = self._decayed_grads(self.weight_decay, self._decayed)
        momentum = self.momentum
        if not momentum:
            for value, grad, scratch in zip(self.values, grads, self._scratch):
                np.multiply(grad, lr, out=scratch)
                value -= scratch
            return
        first = self.steps == 1
        for value, grad, buf, scratch in zip(self.values, grads, self._buffers, self._scratch):
            if first:
                np.copyto(buf, grad)
            else:
                buf *= momentum
                if self.dampening:
                    np.multiply(grad, 1.0 - self.dampening, out=scratch)
                    buf += scratch
                else:
                    buf += grad
            if self.nesterov:
                np.multiply(buf, momentum, out=scratch)
                scratch += grad
            else:
                np.copyto(scratch, buf)
            scratch *= lr
            value -= scratch


class Adam(Optimizer):
    """torch.optim.Adam (L2 weight decay added to the grad) and, with ``decoupled``, AdamW."""

    decoupled = False

    def __init__(self, params, hyper):
        super().__init__(params, hyper)
        self.beta1, self.beta2 = (float(b) for b in hyper["betas"])
        self.eps = float(hyper["eps"])
        self.weight_decay = float(hyper["weight_decay"])
        self.amsgrad = bool(hyper["amsgrad"])
        self._exp_avg = self._zeros()
        self._exp_avg_sq = self._zeros()
        self._max_exp_avg_sq = self._zeros() if self.amsgrad else self._exp_avg_sq
        self._decayed = self._zeros() if self.weight_decay and not self.decoupled else []

    def _update(self, lr: float) -> None:
        beta1, beta2 = self.beta1, self.beta2
        if self.decoupled:
            grads = self.grads
            if self.weight_decay:
                shrink = 1.0 - lr * self.weight_decay
                for value in self.values:
                    value *= shrink
        else:
            grads = self._decayed_grads(self.weight_decay, self._decayed)
        step_size = lr / (1.0 - beta1 ** self.steps)
        bias_correction2_sqrt = (1.0 - beta2 ** self.steps) ** 0.5
        for value, grad, m, v, v_max, scratch in zip(self.values, grads, self._exp_avg, self._exp_avg_sq,
                                                     self._max_exp_avg_sq, self._scratch):
            # m.lerp_(grad, 1 - beta1): m += (1 - beta1) * (grad - m)
            np.subtract(grad, m, out=scratch)
            scratch *= 1.0 - beta1
            m += scratch
            np.multiply(grad, grad, out=scratch)
            scratch *= 1.0 - beta2
            v *= beta2
            v += scratch
            if self.amsgrad:
                np.maximum(v_max, v, out=v_max)
            np.sqrt(v_max, out=scratch)
            scratch /= bias_correction2_sqrt
            scratch += self.eps
            np.divide(m, scratch, out=scratch)
            scratch *= step_size
            value -= scratch


class AdamW(Adam):
    """torch.optim.AdamW: decoupled weight decay, value *= 1 - lr * weight_decay before the Adam step."""

    decoupled = True


class RMSprop(Optimizer):
    """torch.optim.RMSprop, including centered and momentum variants."""

    def __init__(self, params, hyper):
        super().__init__(params, hyper)
        self.alpha = float(hyper["alpha"])
        self.eps = float(hyper["eps"])
        self.weight_decay = float(hyper["weight_decay"])
        self.momentum = float(hyper["momentum"])
        self.centered = bool(hyper["centered"])
        self._square_avg = self._zeros()
        self._grad_avg = self._zeros() if self.centered else []
        self._buffers = self._zeros() if self.momentum > 0 else []
        self._decayed = self._zeros() if self.weight_decay else []

    def _update(self, lr: float) -> None:
        grads = self._decayed_grads(self.weight_decay, self._decayed)
        alpha = self.alpha
        for i, (value, grad, square_avg, scratch) in enumerate(
                zip(self.values, grads, self._square_avg, self._scratch)):
            np.multiply(grad, grad, out=scratch)
            scratch *= 1.0 - alpha
            square_avg *= alpha
            square_avg += scratch
            if self.centered:
                grad_avg = self._grad_avg[i]
                np.subtract(grad, grad_avg, out=scratch)
                scratch *= 1.0 - alpha
                grad_avg += scratch
                np.multiply(grad_avg, grad_avg, out=scratch)
                np.subtract(square_avg, scratch, out=scratch)
                np.sqrt(scratch, out=scratch)
            else:
                np.sqrt(square_avg, out=scratch)
            scratch += self.eps
            np.divide(grad, scratch, out=scratch)
            if self.momentum > 0:
                buf = self._buffers[i]
                buf *= self.momentum
                buf += scratch
                np.multiply(buf, lr, out=scratch)
            else:
                scratch *= lr
            value -= scratch


class Adagrad(Optimizer):
    """torch.optim.Adagrad: clr = lr / (1 + (step - 1) * lr_decay), accumulators start at initial_accumulator_value."""

    def __init__(self, params, hyper):
        super().__init__(params, hyper)
        self.lr_decay = float(hyper["lr_decay"])
        self.weight_decay = float(hyper["weight_decay"])
        self.eps = float(hyper["eps"])
        initial = float(hyper["initial_accumulator_value"])
        self._sums = [np.full_like(v, initial) for v in self.values]
        self._decayed = self._zeros() if self.weight_decay else []

    def _update(self, lr: float) -> None:
        grads = self._decayed_grads(self.weight_decay, self._decayed)
        clr = lr / (1.0 + (self.steps - 1) * self.lr_decay)
        for value, grad, state_sum, scratch in zip(self.values, grads, self._sums, self._scratch):
            np.multiply(grad, grad, out=scratch)
            state_sum += scratch
            np.sqrt(state_sum, out=scratch)
            scratch += self.eps
            np.divide(grad, scratch, out=scratch)
            scratch *= clr
            value -= scratch


OPTIMIZER_CLASSES: dict[str, type[Optimizer]] = {
    "sgd": SGD, "adam": Adam, "adamw": AdamW, "rmsprop": RMSprop, "adagrad": Adagrad,
}


def make_optimizer(spec: OptimizerSpec, params: list[tuple[str, np.ndarray, np.ndarray]]) -> Optimizer:
    """The optimizer ``spec`` names over ``params``; hyperparameters are torch's defaults overridden by spec.params."""
    return OPTIMIZER_CLASSES[spec.name](params, spec.resolved())
