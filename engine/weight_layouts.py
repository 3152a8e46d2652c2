"""Weights in two layouts: the engine's and PyTorch's ``state_dict``.

**Engine layout** (what ``save_weights`` writes): names ``<layer>.<key>`` from the network's
layer names (``dense1.W``, ``dense1.b``, ``bn3.gamma``, ``bn3.running_var``, ``res5.proj.W``,
``output.W``); a Dense weight ``W`` has shape ``(in, out)`` because a layer computes ``x @ W``.

**PyTorch layout**: the ``state_dict`` of the ``nn.Sequential`` the PyTorch code export builds
(see ``engine/export``): a Dense is an ``nn.Linear`` followed by its activation module (so it
takes two indices unless its activation is the identity), every other layer one module, a
residual block a module with ``body`` (an ``nn.Sequential`` of its layers) and ``proj`` (the
projection ``nn.Linear``, when the widths differ), the output layer the last ``nn.Linear``.
Names are ``0.weight``, ``0.bias``, ``3.running_mean``, ``4.body.0.weight``, ``4.proj.weight``;
a Linear weight has shape ``(out, in)``.  BatchNorm's ``num_batches_tracked`` is written (as 0)
so PyTorch's strict ``load_state_dict`` accepts the file, and ignored on reading.

Which layout a file is in is read from its names, never from shapes (a square matrix would
fit both ways): engine names end in ``.W``/``.b``/``.gamma``/``.beta``, PyTorch names in
``.weight``/``.bias``; a file with both kinds is refused.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from engine.i18n import QT_TRANSLATE_NOOP, translate
from engine.layers import BatchNorm, Dense, Layer, Residual
from engine.network import Network, WeightsError, load_weights
from engine.spec import atomic_write

ENGINE, PYTORCH = "engine", "pytorch"
LAYOUTS = (ENGINE, PYTORCH)
LAYOUT_DESCRIPTIONS = {
    ENGINE: QT_TRANSLATE_NOOP("Weights", "engine layout: names like 'dense1.W', Dense weights (in, out)"),
    PYTORCH: QT_TRANSLATE_NOOP("Weights", "PyTorch state_dict layout: names like '0.weight', Linear weights (out, in)")}

_TORCH_KEY = {"W": "weight", "b": "bias", "gamma": "weight", "beta": "bias",
              "running_mean": "running_mean", "running_var": "running_var"}
_ENGINE_SUFFIXES = ("W", "b", "gamma", "beta")
_TORCH_SUFFIXES = ("weight", "bias", "num_batches_tracked")
BATCHES_TRACKED = "num_batches_tracked"


@dataclass(frozen=True)
class NamedArray:
    """One parameter or buffer of a network under both layouts."""
    engine_name: str
    torch_name: str
    layer: str              # the engine layer it belongs to, for messages
    transposed: bool        # stored transposed in PyTorch layout (a Dense weight)


def torch_module_prefixes(layers: list[Layer], prefix: str = "") -> Iterator[tuple[Layer, str]]:
    """(engine layer, its PyTorch module prefix) for every layer holding arrays, input to output."""
    index = 0
    for layer in layers:
        if isinstance(layer, Residual):
            yield from torch_module_prefixes(layer.layers, f"{prefix}{index}.body.")
            if layer.projection is not None:
                yield layer.projection, f"{prefix}{index}.proj."
            index += 1
        elif isinstance(layer, Dense):
            yield layer, f"{prefix}{index}."
            index += 1 if layer.activation.name == "identity" else 2   # Linear, then its activation
        else:
            yield layer, f"{prefix}{index}."
            index += 1


def named_arrays(net: Network) -> list[NamedArray]:
    """Every parameter and buffer of ``net`` with its engine and PyTorch names."""
    out = []
    for layer, prefix in torch_module_prefixes(net.layers):
        for key in (*layer.params, *layer.buffers):
            out.append(NamedArray(f"{layer.name}.{key}", prefix + _TORCH_KEY[key], layer.name, key == "W"))
    return out


def batchnorm_prefixes(net: Network) -> list[str]:
    return [prefix for layer, prefix in torch_module_prefixes(net.layers) if isinstance(layer, BatchNorm)]


def to_layout(net: Network, layout: str, state: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Copies of the network's arrays (or of ``state``, an engine-layout state of a network shaped
    like ``net``) named and shaped as ``layout`` says."""
    state = net.state_dict() if state is None else {name: np.array(value) for name, value in state.items()}
    if layout == ENGINE:
        return state
    _check_layout_name(layout)
    out = {a.torch_name: np.ascontiguousarray(state[a.engine_name].T if a.transposed else state[a.engine_name])
           for a in named_arrays(net)}
    for prefix in batchnorm_prefixes(net):
        out[prefix + BATCHES_TRACKED] = np.array(0, dtype=np.int64)
    return out


def save_weights_as(net: Network, path: str | os.PathLike, layout: str = ENGINE,
                    state: dict[str, np.ndarray] | None = None) -> None:
    """Write the network's arrays (or ``state``, see ``to_layout``) to an .npz file in ``layout``, atomically."""
    state = to_layout(net, layout, state)
    atomic_write(path, lambda f: np.savez(f, **state))


def detect_layout(names) -> str:
    """ENGINE or PYTORCH from the names alone; WeightsError when they do not say or say both."""
    names = list(names)
    engine = [n for n in names if n.rsplit(".", 1)[-1] in _ENGINE_SUFFIXES]
    torch = [n for n in names if n.rsplit(".", 1)[-1] in _TORCH_SUFFIXES]
    if engine and torch:
        raise WeightsError(translate("Weights", "the file mixes engine names ('{engine}') and PyTorch names ('{torch}'), "
                                                "so its layout is unclear; save all the weights in one layout").format(
            engine=engine[0], torch=torch[0]))
    if not engine and not torch:
        shown = ", ".join(f"'{n}'" for n in names[:4]) or translate("Weights", "no arrays")
        raise WeightsError(translate("Weights", "the file holds {names}: neither engine names (like 'dense1.W') nor "
                                                "PyTorch state_dict names (like '0.weight'); save the weights from the "
                                                "app, the runner or a model built by the PyTorch code export").format(
            names=shown))
    return ENGINE if engine else PYTORCH


def from_layout(net: Network, state: dict[str, np.ndarray], layout: str | None = None) -> dict[str, np.ndarray]:
    """``state`` (a file's arrays) as an engine-layout state for ``net``; ``layout`` None detects it.

    Every name and shape is checked first; errors name the layer, the shape found, the shape
    expected and the layout assumed (and how it was decided)."""
    if layout is None:
        layout = detect_layout(state)
        how = translate("Weights", "{layout}; detected from the names").format(
            layout=translate("Weights", LAYOUT_DESCRIPTIONS[layout]))
    else:
        _check_layout_name(layout)
        how = translate("Weights", LAYOUT_DESCRIPTIONS[layout])
    arrays = named_arrays(net)
    targets = net.state_dict()
    key = (lambda a: a.engine_name) if layout == ENGINE else (lambda a: a.torch_name)
    expected_names = [key(a) for a in arrays]
    state = {n: v for n, v in state.items() if not (layout == PYTORCH and n.endswith("." + BATCHES_TRACKED))}
    for a in arrays:
        if key(a) not in state:
            raise WeightsError(translate("Weights", "layer {layer}: the file has no '{name}' ({layout}); this network "
                                                    "needs {names}: the file was saved from a different network; load "
                                                    "weights saved from one with the same layers").format(
                layer=a.layer, name=key(a), layout=how, names=_listing(expected_names)))
    for name in state:
        if name not in expected_names:
            raise WeightsError(translate("Weights", "the file holds '{name}', which this network does not have "
                                                    "({layout}); this network has {names}: load weights saved from a "
                                                    "network with the same layers").format(
                name=name, layout=how, names=_listing(expected_names)))
    out = {}
    for a in arrays:
        value = np.asarray(state[key(a)])
        if value.dtype.kind not in "fiu":
            raise WeightsError(translate("Weights", "layer {layer}: '{name}' holds {dtype} values, not numbers; save the "
                                                    "weights again").format(layer=a.layer, name=key(a), dtype=value.dtype))
        engine_shape = targets[a.engine_name].shape
        expected = engine_shape[::-1] if (a.transposed and layout == PYTORCH) else engine_shape
        if value.shape != expected:
            if len(expected) == 2 and value.shape == expected[::-1]:
                message = translate("Weights", "layer {layer}: '{name}' has shape {shape} in the file but this network "
                                               "expects {expected} ({layout}) (it looks transposed: is the file in the "
                                               "other layout?)")
            else:
                message = translate("Weights", "layer {layer}: '{name}' has shape {shape} in the file but this network "
                                               "expects {expected} ({layout}): the layer sizes differ; change the "
                                               "layers to match, or load weights of a network with the same sizes")
            raise WeightsError(message.format(layer=a.layer, name=key(a), shape=value.shape, expected=expected,
                                              layout=how))
        out[a.engine_name] = value.T if (a.transposed and layout == PYTORCH) else value
    return out


def load_initial_weights(net: Network, path: str | os.PathLike, layout: str | None = None) -> None:
    """Load a weights file in ``layout`` (None: detected from its names) into ``net``.  No member
    larger than the network's largest array is read (a hostile header cannot allocate gigabytes)."""
    largest = max(value.size for value in net.state_dict().values())
    net.load_state_dict(from_layout(net, load_weights(path, max_elements=largest), layout))


def _check_layout_name(layout: str) -> None:
    if layout not in LAYOUTS:
        raise WeightsError(translate("Weights", "unknown weights layout {layout}; use one of {layouts}").format(
            layout=repr(layout), layouts=", ".join(LAYOUTS)))


def _listing(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(f"'{n}'" for n in names[:limit])
    if len(names) <= limit:
        return shown
    return translate("Weights", "{names} and {count} more").format(names=shown, count=len(names) - limit)
