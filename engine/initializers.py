"""Weight initialisers with torch.nn.init's formulas.

Weights are stored ``(fan_in, fan_out)`` so a layer computes ``x @ W``; torch stores the
transpose, ``(fan_out, fan_in)``, so here ``fan_in = shape[0]`` and ``fan_out = shape[1]``.
Samples are drawn in float64 and cast, so a float32 and a float64 network built from the same
seed hold the same weights up to rounding.

``InitSpec.gain`` (None: ``default_gain``) scales the initialisers defined by a fan:
xavier_*, he_*, lecun_normal, orthogonal and pytorch_default.  ``normal`` and ``uniform`` take
their scale from ``std`` and ``limit`` directly; ``zeros`` and ``constant`` have no scale.
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from engine.spec import InitSpec

_HE_NAMES = ("he_uniform", "he_normal")


def default_gain(name: str) -> float:
    """The gain used when ``InitSpec.gain`` is None: sqrt(2) (the ReLU gain) for he_*, else 1."""
    return math.sqrt(2.0) if name in _HE_NAMES else 1.0


def _gain(spec: InitSpec) -> float:
    return default_gain(spec.name) if spec.gain is None else float(spec.gain)


def _fan(spec: InitSpec, shape: tuple[int, int]) -> int:
    return shape[0] if spec.mode == "fan_in" else shape[1]


def _uniform(rng: np.random.Generator, shape, bound: float) -> np.ndarray:
    return rng.uniform(-bound, bound, size=shape)


def _normal(rng: np.random.Generator, shape, std: float) -> np.ndarray:
    return rng.standard_normal(size=shape) * std


def _orthogonal(spec: InitSpec, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    # torch.nn.init.orthogonal_: QR of a Gaussian matrix with at least as many rows as columns,
    # columns' signs fixed by diag(R) so the result is uniform over the orthogonal group.
    # For the torch-shaped (fan_out, fan_in) tensor this gives orthonormal rows or columns,
    # whichever are fewer; our W is its transpose.
    rows, cols = shape[1], shape[0]
    flat = rng.standard_normal(size=(max(rows, cols), min(rows, cols)))
    q, r = np.linalg.qr(flat)
    q *= np.sign(np.diag(r))
    torch_shaped = q if rows >= cols else q.T
    return _gain(spec) * torch_shaped.T


_SAMPLERS: dict[str, Callable[[InitSpec, tuple[int, int], np.random.Generator], np.ndarray]] = {
    "zeros": lambda spec, shape, rng: np.zeros(shape),
    "constant": lambda spec, shape, rng: np.full(shape, spec.value),
    "normal": lambda spec, shape, rng: _normal(rng, shape, spec.std),
    "uniform": lambda spec, shape, rng: _uniform(rng, shape, spec.limit),
    "xavier_uniform": lambda spec, shape, rng: _uniform(
        rng, shape, _gain(spec) * math.sqrt(6.0 / (shape[0] + shape[1]))),
    "xavier_normal": lambda spec, shape, rng: _normal(
        rng, shape, _gain(spec) * math.sqrt(2.0 / (shape[0] + shape[1]))),
    # kaiming_uniform_: bound = gain * sqrt(3 / fan); kaiming_normal_: std = gain / sqrt(fan)
    "he_uniform": lambda spec, shape, rng: _uniform(rng, shape, _gain(spec) * math.sqrt(3.0 / _fan(spec, shape))),
    "he_normal": lambda spec, shape, rng: _normal(rng, shape, _gain(spec) / math.sqrt(_fan(spec, shape))),
    "lecun_normal": lambda spec, shape, rng: _normal(rng, shape, _gain(spec) / math.sqrt(_fan(spec, shape))),
    "orthogonal": _orthogonal,
    # nn.Linear.reset_parameters: kaiming_uniform_(a=sqrt(5)) on fan_in = U(+-1/sqrt(fan_in))
    "pytorch_default": lambda spec, shape, rng: _uniform(rng, shape, _gain(spec) / math.sqrt(shape[0])),
}


def initialize(spec: InitSpec, shape: tuple[int, int], rng: np.random.Generator, dtype) -> np.ndarray:
    """A new C-contiguous weight matrix of ``shape = (fan_in, fan_out)`` drawn as ``spec`` says."""
    try:
        sampler = _SAMPLERS[spec.name]
    except KeyError:
        raise ValueError(f"unknown initialiser {spec.name!r}; valid names: {', '.join(_SAMPLERS)}") from None
    return np.ascontiguousarray(sampler(spec, tuple(shape), rng), dtype=dtype)


def bias_for(spec: InitSpec, fan_in: int, fan_out: int, rng: np.random.Generator, dtype) -> np.ndarray:
    """The bias of a layer initialised by ``spec``: zeros, except pytorch_default, which draws
    U(+-1/sqrt(fan_in)) as nn.Linear does."""
    if spec.name == "pytorch_default":
        return _uniform(rng, (fan_out,), 1.0 / math.sqrt(fan_in)).astype(dtype)
    return np.zeros(fan_out, dtype=dtype)
