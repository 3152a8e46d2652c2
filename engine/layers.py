"""Layers: ``forward(x, training)`` caches what ``backward(dy)`` needs; ``backward`` returns dx and
writes the parameter gradients into ``grads``.  It never updates a weight: optimizers do.

Parameter, gradient and buffer arrays are allocated once and always updated in place (backward
writes gradients with ``out=``; loading weights copies into them), so an optimizer or a probe may
hold references to them for the whole run.
"""
from __future__ import annotations

import math

import numpy as np

from engine.clipping import sq_norm
from engine.activations import Activation, get_activation
from engine.initializers import bias_for, initialize
from engine.spec import InitSpec


class Layer:
    """Base class: a parameter-free identity."""

    def __init__(self, name: str):
        self.name = name
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.buffers: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, training: bool) -> np.ndarray:
        return x

    def backward(self, dy: np.ndarray) -> np.ndarray:
        return dy

    def sublayers(self) -> list["Layer"]:
        return []

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Dense(Layer):
    """h = act(x @ W + b), W of shape (fan_in, units).  The probed layer type:

    * ``record_grad_h`` (default True): backward stores ``dh_sq``, the squared L2 norm of dL/dh;
    * ``record_activations`` (default False): forward stores ``act_stats = (mean, std,
      saturated_frac, dead_frac)`` of h (dead: units whose pre-activation is <= 0 for the whole
      batch, for rectifying activations);
    * ``need_input_grad`` (default True): when False, backward skips the dx matmul and returns None
      (the first layer of a network, whose dx nobody uses);
    * ``probed`` (default True): False for residual projections, which the probes leave out;
    * ``keep_grad_h`` (default False): backward keeps dL/dh itself as ``grad_h`` (the distributions
      picture reads it with ``pre_activation`` and ``activation_output``, the last forward's z and h).
    """

    def __init__(self, fan_in: int, units: int, activation: str, slope: float, init_spec: InitSpec,
                 rng: np.random.Generator, dtype, name: str):
        super().__init__(name)
        self.activation: Activation = get_activation(activation, slope)
        self._linear = type(self.activation) is Activation
        self.W = initialize(init_spec, (fan_in, units), rng, dtype)
        self.b = bias_for(init_spec, fan_in, units, rng, dtype)
        self.params = {"W": self.W, "b": self.b}
        self._dW = np.zeros_like(self.W)
        self._db = np.zeros_like(self.b)
        self.grads = {"W": self._dW, "b": self._db}
        self.record_grad_h = True
        self.record_activations = False
        self.need_input_grad = True
        self.probed = True
        self.keep_grad_h = False
        self.grad_h: np.ndarray | None = None
        self.dh_sq = 0.0
        self.act_stats: tuple[float, float, float, float] | None = None
        self.standalone_activation: ActivationLayer | None = None

    def forward(self, x, training=True):
        self._x = x
        z = x @ self.W
        z += self.b
        h = z if self._linear else self.activation.forward(z)
        self._z, self._h = z, h
        if self.record_activations:
            self.act_stats = self._activation_stats(z, h)
        return h

    def backward(self, dh):
        if self.record_grad_h:
            self.dh_sq = sq_norm(dh)
        if self.keep_grad_h:
            self.grad_h = dh
        dz = dh if self._linear else self.activation.backward(self._z, self._h, dh)
        np.matmul(self._x.T, dz, out=self._dW)
        np.add.reduce(dz, axis=0, out=self._db)    # np.sum's own reduction, without its Python wrapper
        if self.need_input_grad:
            return dz @ self.W.T
        return None

    @property
    def pre_activation(self) -> np.ndarray:
        return self._z

    @property
    def activation_output(self) -> np.ndarray:
        return self._h

    def unit_gradient_spread(self) -> float:
        """How much this layer's units differ in the gradient they received at the last backward:
        ``||G - mean_u(G)|| / ||G||`` with ``G = [dW; db]`` one column per unit (Frobenius norms).
        0 means every unit got the same gradient, so units that start equal stay copies of each
        other; NaN when there is nothing to compare (one unit, or no gradient at all)."""
        if self.W.shape[1] < 2:
            return math.nan
        dW, db = self._dW, self._db
        total = sq_norm(dW) + sq_norm(db)
        if total == 0.0:
            return math.nan
        # Deviations taken directly: 1 - U*|mean|^2/total would cancel to rounding noise for alike units.
        return math.sqrt((sq_norm(dW - dW.mean(axis=1, keepdims=True)) + sq_norm(db - db.mean())) / total)

    def _activation_stats(self, z: np.ndarray, h: np.ndarray) -> tuple[float, float, float, float]:
        return activation_stats(self.activation, z, h)

    @property
    def probe_source(self) -> "Dense | ActivationLayer":
        """Where the probes read this layer's output h: the layer itself, or the standalone
        activation that follows it (set by the Network), so Dense(identity) then Activation(f)
        is probed exactly like Dense(f)."""
        return self.standalone_activation or self


class ActivationLayer(Layer):
    """A standalone activation, a = act(x).  Following a linear Dense it is that Dense's probe
    source: it records ``dh_sq`` and ``act_stats`` like a Dense does for its own activation."""

    def __init__(self, activation: str, slope: float, name: str):
        super().__init__(name)
        self.activation: Activation = get_activation(activation, slope)
        self.record_grad_h = False
        self.record_activations = False
        self.dh_sq = 0.0
        self.act_stats: tuple[float, float, float, float] | None = None

    def forward(self, x, training=True):
        self._z = x
        self._a = self.activation.forward(x)
        if self.record_activations:
            self.act_stats = activation_stats(self.activation, x, self._a)
        return self._a

    def backward(self, dy):
        if self.record_grad_h:
            self.dh_sq = sq_norm(dy)
        return self.activation.backward(self._z, self._a, dy)


def activation_stats(activation: Activation, z: np.ndarray, h: np.ndarray) -> tuple[float, float, float, float]:
    """(mean, std, saturated fraction, dead fraction) of a batch of outputs h = activation(z); dead:
    units whose pre-activation is <= 0 for the whole batch, for rectifying activations."""
    dead = float(np.mean(~np.any(z > 0, axis=0))) if activation.rectifying else 0.0
    return float(h.mean()), float(h.std()), activation.saturated_fraction(h), dead


class BatchNorm(Layer):
    """torch.nn.BatchNorm1d: batch statistics in training, running statistics in evaluation.

    running = (1 - momentum) * running + momentum * batch_stat, with the unbiased batch variance
    in running_var (the biased one normalises the batch), as torch does.
    """

    def __init__(self, num_features: int, momentum: float, eps: float, dtype, name: str):
        super().__init__(name)
        self.momentum = float(momentum)
        self.eps = float(eps)
        self.gamma = np.ones(num_features, dtype=dtype)
        self.beta = np.zeros(num_features, dtype=dtype)
        self.params = {"gamma": self.gamma, "beta": self.beta}
        self._dgamma = np.zeros_like(self.gamma)
        self._dbeta = np.zeros_like(self.beta)
        self.grads = {"gamma": self._dgamma, "beta": self._dbeta}
        self.running_mean = np.zeros(num_features, dtype=dtype)
        self.running_var = np.ones(num_features, dtype=dtype)
        self.buffers = {"running_mean": self.running_mean, "running_var": self.running_var}

    def forward(self, x, training=True):
        if training:
            n = x.shape[0]
            if n < 2:
                raise ValueError(f"{self.name}: batch normalisation needs at least 2 samples per batch in "
                                 f"training, got {n}; use a larger batch size")
            mean = x.mean(axis=0)
            var = x.var(axis=0)
            m = self.momentum
            self.running_mean *= 1.0 - m
            self.running_mean += m * mean
            self.running_var *= 1.0 - m
            self.running_var += (m * n / (n - 1)) * var
        else:
            mean, var = self.running_mean, self.running_var
        self._training = training
        self._inv_std = 1.0 / np.sqrt(var + self.eps)
        self._xhat = (x - mean) * self._inv_std
        return self._xhat * self.gamma + self.beta

    def backward(self, dy):
        xhat = self._xhat
        np.sum(dy * xhat, axis=0, out=self._dgamma)
        np.sum(dy, axis=0, out=self._dbeta)
        dxhat = dy * self.gamma
        if not self._training:
            return dxhat * self._inv_std
        # the batch mean and variance depend on every sample: project out their directions
        return (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0)) * self._inv_std


class Dropout(Layer):
    """Inverted dropout: in training, zero each unit with probability ``rate`` and scale the rest
    by 1/(1-rate); the identity in evaluation.  ``reuse_mask`` True keeps the last mask (gradcheck).
    ``seed``: the PCG64 seed ``rng`` was made from, when known (code export replays the masks)."""

    def __init__(self, rate: float, rng: np.random.Generator, name: str, seed: int | None = None):
        super().__init__(name)
        self.rate = float(rate)
        self.rng = rng
        self.seed = seed
        self.reuse_mask = False
        self._mask: np.ndarray | None = None

    def forward(self, x, training=True):
        if not training or self.rate == 0.0:
            self._mask = None
            return x
        if not (self.reuse_mask and self._mask is not None):
            keep = self.rng.random(x.shape, dtype=x.dtype) >= self.rate
            self._mask = np.multiply(keep, 1.0 / (1.0 - self.rate), dtype=x.dtype)
        return x * self._mask

    def backward(self, dy):
        return dy if self._mask is None else dy * self._mask


class Residual(Layer):
    """y = f(x) + skip(x): f is the wrapped layers, skip the identity or, when f changes the width,
    ``projection`` (a linear Dense)."""

    def __init__(self, layers: list[Layer], projection: Dense | None, name: str):
        super().__init__(name)
        self.layers = list(layers)
        self.projection = projection
        if projection is not None:
            projection.probed = False
            projection.record_grad_h = False

    def forward(self, x, training=True):
        out = x
        for layer in self.layers:
            out = layer.forward(out, training)
        skip = x if self.projection is None else self.projection.forward(x, training)
        return out + skip

    def backward(self, dy):
        d = dy
        for layer in reversed(self.layers):
            d = layer.backward(d)
        return d + (dy if self.projection is None else self.projection.backward(dy))

    def sublayers(self):
        return self.layers + ([] if self.projection is None else [self.projection])
