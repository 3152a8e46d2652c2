"""The network: hidden layers from ``Experiment.layers`` then a Dense named "output", linear unless
``Experiment.output_activation`` says otherwise (the cross-entropies apply theirs in the loss).

Layer names share one counter over every layer in order, residual insides included, so a
name says what a layer is and where it sits::

    dense1, act2, bn3, drop4, res5 (wrapping dense6, act7, dense8; projection "res5.proj"), output

Parameters and buffers are named "<layer>.<key>", e.g. "dense1.W", "bn3.running_var".
One ``np.random.Generator(PCG64(exp.seed))`` draws every weight in build order (each Dropout
gets its own generator seeded from it), so the same seed builds the same network.
"""
from __future__ import annotations

import math
import os
import zipfile
from typing import Iterator

import numpy as np

from engine.i18n import translate
from engine.layers import ActivationLayer, BatchNorm, Dense, Dropout, Layer, Residual
from engine.spec import (ActivationSpec, BatchNormSpec, DenseSpec, DropoutSpec, Experiment, ResidualSpec,
                         atomic_write)


class WeightsError(ValueError):
    """Weights that cannot be loaded into a network; the message names the problem and the fix."""


def _walk(layers: list[Layer]) -> Iterator[Layer]:
    for layer in layers:
        yield layer
        yield from _walk(layer.sublayers())


class Network:
    """A stack of layers; the last is the output Dense.

    ``input_grad`` (default False): whether ``backward`` computes dL/dx for the input.  Training
    does not need it, so the first parametrised layer skips its dx matmul and ``backward`` returns
    None; set it True (gradcheck, saliency) to get dx.
    """

    def __init__(self, layers: list[Layer]):
        self.layers = list(layers)
        self._params = [(f"{layer.name}.{key}", value, layer.grads[key])
                        for layer in _walk(self.layers) for key, value in layer.params.items()]
        self._buffers = [(f"{layer.name}.{key}", value)
                         for layer in _walk(self.layers) for key, value in layer.buffers.items()]
        self.dtype = self._params[0][1].dtype if self._params else np.dtype(np.float64)
        self._first_trained = next((i for i, layer in enumerate(self.layers)
                                    if any(sub.params for sub in _walk([layer]))), len(self.layers))
        self.input_grad = False
        _link_standalone_activations(self.layers)

    @property
    def input_grad(self) -> bool:
        return self._input_grad

    @input_grad.setter
    def input_grad(self, value: bool) -> None:
        self._input_grad = bool(value)
        # layers before the first parametrised one only pass gradient on to the input
        start = 0 if self._input_grad else self._first_trained
        self._backward_layers = self.layers[start:][::-1]
        if self._first_trained < len(self.layers) and isinstance(self.layers[self._first_trained], Dense):
            self.layers[self._first_trained].need_input_grad = self._input_grad

    def forward(self, x: np.ndarray, training: bool = True) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=self.dtype)
        for layer in self.layers:
            x = layer.forward(x, training)
        return x

    def backward(self, dlogits: np.ndarray) -> np.ndarray | None:
        """Back-propagate dL/dlogits; returns dL/dx when ``input_grad`` is set, else None."""
        d = dlogits
        for layer in self._backward_layers:
            d = layer.backward(d)
        return d if self._input_grad else None

    def parameters(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """(name, value, grad) for every parameter, input to output; the arrays are the live ones."""
        return list(self._params)

    def zero_grad(self) -> None:
        for _, _, grad in self._params:
            grad.fill(0)

    def all_layers(self) -> list[Layer]:
        """Every layer, input to output, each residual block followed by its insides."""
        return list(_walk(self.layers))

    def probed_layers(self) -> list[Dense]:
        """Every Dense, input to output, residual insides included, projections excluded."""
        return [layer for layer in _walk(self.layers) if isinstance(layer, Dense) and layer.probed]

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of every parameter and buffer by qualified name."""
        return {name: value.copy() for name, value in self._named_arrays()}

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        """Copy ``state`` into the network's arrays; checks every name and shape before changing any."""
        targets = dict(self._named_arrays())
        for name in targets:
            if name not in state:
                raise WeightsError(translate("Weights", "the weights have no '{name}', which this network needs: they "
                                                        "were saved from a different network; load weights saved from "
                                                        "one with the same layers").format(name=name))
        for name, value in state.items():
            if name not in targets:
                raise WeightsError(translate("Weights", "the weights hold '{name}', which this network does not have: "
                                                        "they were saved from a different network; load weights saved "
                                                        "from one with the same layers").format(name=name))
            value = np.asarray(value)
            if value.dtype.kind not in "fiu":
                raise WeightsError(translate("Weights", "'{name}' holds {dtype} values, not numbers; save the weights "
                                                        "again").format(name=name, dtype=value.dtype))
            if value.shape != targets[name].shape:
                raise WeightsError(translate("Weights", "'{name}' has shape {shape} but this network expects {expected}: "
                                                        "the layer sizes differ; load weights saved from a network "
                                                        "with the same layer sizes, or change the layers to "
                                                        "match").format(name=name, shape=value.shape,
                                                                        expected=targets[name].shape))
        for name, target in targets.items():
            np.copyto(target, state[name], casting="same_kind")

    def copy_from(self, other: "Network") -> None:
        """Copy every parameter and buffer of ``other``, a network built from the same layers, in place."""
        for (_, mine), (_, theirs) in zip(self._named_arrays(), other._named_arrays(), strict=True):
            np.copyto(mine, theirs, casting="same_kind")

    def _named_arrays(self) -> list[tuple[str, np.ndarray]]:
        return [(name, value) for name, value, _ in self._params] + self._buffers


def _link_standalone_activations(layers: list[Layer]) -> None:
    """A linear Dense followed by a standalone activation (BatchNorm and Dropout may stand between,
    as in Dense-BatchNorm-ReLU) is probed at that activation, like a Dense with it built in."""
    for i, layer in enumerate(layers):
        _link_standalone_activations(layer.sublayers())
        if not (isinstance(layer, Dense) and layer.activation.name == "identity"):
            continue
        for after in layers[i + 1:]:
            if isinstance(after, ActivationLayer):
                layer.standalone_activation = after
            if not isinstance(after, (BatchNorm, Dropout)):
                break


def _build_layer(spec, width: int, index: list[int], rng: np.random.Generator, dtype) -> tuple[Layer, int]:
    """One layer from its spec and the width it receives; returns it and its output width.
    ``index`` is the shared one-element layer counter."""
    index[0] += 1
    number = index[0]
    if isinstance(spec, DenseSpec):
        return Dense(width, spec.units, spec.activation, spec.slope, spec.init, rng, dtype, f"dense{number}"), spec.units
    if isinstance(spec, ActivationSpec):
        return ActivationLayer(spec.activation, spec.slope, f"act{number}"), width
    if isinstance(spec, BatchNormSpec):
        return BatchNorm(width, spec.momentum, spec.eps, dtype, f"bn{number}"), width
    if isinstance(spec, DropoutSpec):
        seed = int(rng.integers(2**63))
        return Dropout(spec.rate, np.random.Generator(np.random.PCG64(seed)), f"drop{number}", seed), width
    if isinstance(spec, ResidualSpec):
        name = f"res{number}"
        inner, inner_width = [], width
        for inner_spec in spec.layers:
            layer, inner_width = _build_layer(inner_spec, inner_width, index, rng, dtype)
            inner.append(layer)
        projection = None
        if inner_width != width:
            projection = Dense(width, inner_width, "identity", 0.0, spec.projection_init, rng, dtype, f"{name}.proj")
        return Residual(inner, projection, name), inner_width
    raise TypeError(f"unknown layer spec {spec!r}")


def build_network(exp: Experiment, n_inputs: int, n_outputs: int) -> Network:
    """The network ``exp`` describes, for ``n_inputs`` features and ``n_outputs`` logits, in exp.dtype."""
    rng = np.random.Generator(np.random.PCG64(exp.seed))
    dtype = np.dtype(exp.dtype)
    layers, width, index = [], n_inputs, [0]
    for spec in exp.layers:
        layer, width = _build_layer(spec, width, index, rng, dtype)
        layers.append(layer)
    layers.append(Dense(width, n_outputs, exp.output_activation, None, exp.output_init, rng, dtype, "output"))
    return Network(layers)


def save_weights(net: Network, path: str | os.PathLike) -> None:
    """Write every parameter and buffer to an .npz file, atomically."""
    state = net.state_dict()
    atomic_write(path, lambda f: np.savez(f, **state))


def load_weights(path: str | os.PathLike, max_elements: int | None = None) -> dict[str, np.ndarray]:
    """Read weights written by ``save_weights``; never unpickles.  With ``max_elements`` (the
    network's largest array), a member whose header claims more values is refused before its
    data is read, so a hostile header cannot make it allocate gigabytes."""
    where = os.fspath(path)
    if not os.path.isfile(path):
        raise WeightsError(translate("Weights", "no weights file at {path}; check the path or save the weights "
                                                "first").format(path=where))
    unreadable = translate("Weights", "{path} is not a readable .npz weights file ({problem}); {fix}")
    fix = translate("Weights", "choose a file saved by backprop-workbench")
    try:
        archive = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise WeightsError(unreadable.format(path=where, problem=exc, fix=fix)) from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise WeightsError(unreadable.format(path=where, fix=fix, problem=translate(
            "Weights", "it holds a single array, not an archive of named arrays")))
    with archive:
        try:
            if max_elements is not None:
                _check_sizes(archive, max_elements, where, fix)
            return {name: archive[name] for name in archive.files}
        except WeightsError:
            raise
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise WeightsError(unreadable.format(path=where, problem=exc, fix=fix)) from None


def _check_sizes(archive: np.lib.npyio.NpzFile, max_elements: int, where: str, fix: str) -> None:
    """Read each member's .npy header (not its data) and refuse one larger than ``max_elements``."""
    for name in archive.files:
        with archive.zip.open(f"{name}.npy") as member:
            version = np.lib.format.read_magic(member)
            read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)
            shape, _fortran, _dtype = read_header(member)
        if math.prod(shape) > max_elements:
            raise WeightsError(translate("Weights", "'{name}' in {path} has shape {shape}, larger than any array of "
                                                    "this network ({maximum} values at most); {fix}").format(
                name=name, path=where, shape=shape, maximum=f"{max_elements:,}", fix=fix))
