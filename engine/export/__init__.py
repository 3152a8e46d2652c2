"""Code export: an experiment as a self-contained NumPy or PyTorch training script.

``export_code(exp, out_dir, "numpy" | "pytorch")`` writes into ``out_dir``:

- ``train.py``: the script.  It imports only numpy (and torch for "pytorch"), never this project.
  The NumPy one writes out every layer's forward and backward pass, the loss, the optimizer, the
  learning-rate schedule and the clipping; the PyTorch one builds an ``nn.Sequential`` and uses
  torch's losses, ``torch.optim`` and its schedulers.  ``python train.py --steps N`` trains N steps
  and writes ``losses.csv`` (``step,loss``): the loss of each batch before that step's update,
  the ``loss`` column of ``backprop-workbench run EXPERIMENT.json --steps N``.
- ``data.npz``: the exact training and validation split the engine trains on (after
  standardisation), in the experiment's dtype: ``x_train``, ``y_train``, ``x_val``, ``y_val``
  (targets as the loss takes them: class labels, one-hot rows or values).
- ``initial_weights.npz``: the engine's initial weights for the experiment's seed (or the file its
  ``initial_weights`` names), in the engine layout for NumPy and the PyTorch state_dict layout for
  PyTorch (see ``engine.weight_layouts``), so both runs start from the same point.
- ``experiment.json``: the experiment it was exported from.

The same numbers follow because the scripts replay the engine's random streams: batches are
shuffled by ``Generator(PCG64([seed, 1])).permutation(n)`` at each epoch, as the trainer does, and
each dropout layer draws its masks from ``Generator(PCG64(layer_seed))`` with the seed the engine
drew for it.  The script text is assembled from the plain-Python pieces in ``templates/``.
"""
from __future__ import annotations

import argparse
import io
import sys
import textwrap
from importlib import resources
from pathlib import Path

import numpy as np

from engine.command_line import error, parse_with_language
from engine.datasets import DatasetError
from engine.i18n import translate
from engine.layers import ActivationLayer, BatchNorm, Dense, Dropout, Layer, Residual
from engine.network import WeightsError
from engine.spec import Experiment, SpecError, atomic_write, atomic_write_text, reparse
from engine.trainer import Trainer
from engine.weight_layouts import ENGINE, PYTORCH, to_layout

FORMATS = ("numpy", "pytorch")
_CLASS_NAMES = {"identity": "Identity", "sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU",
                "leaky_relu": "LeakyReLU", "elu": "ELU", "gelu": "GELU", "softplus": "Softplus",
                "softsign": "Softsign"}
_TORCH_LOSSES = {"mse": "nn.MSELoss()", "cross_entropy": "nn.CrossEntropyLoss()",
                 "binary_cross_entropy": "nn.BCEWithLogitsLoss()",
                 # E = ½(a − t)²: torch has no such module, so half of its mean squared error
                 "half_squared_error": "lambda outputs, y: 0.5 * nn.functional.mse_loss(outputs, y)"}
_TORCH_OPTIMIZERS = {"sgd": "SGD", "adam": "Adam", "adamw": "AdamW", "rmsprop": "RMSprop", "adagrad": "Adagrad"}
_SCHEDULE_CONSTANTS = {"step_size": "STEP_SIZE", "gamma": "GAMMA", "t_max": "T_MAX", "eta_min": "ETA_MIN",
                       "warmup_steps": "WARMUP_STEPS"}


class ExportError(ValueError):
    """The output folder cannot be written; the message says why and what to do."""


def template(fmt: str, name: str) -> str:
    return resources.files("engine.export").joinpath("templates", fmt, f"{name}.tmpl").read_text(encoding="utf-8")


def export_code(exp: Experiment, out_dir: str | Path, fmt: str) -> Path:
    """Write train.py, data.npz, initial_weights.npz and experiment.json into ``out_dir``;
    returns the script's path.  Raises SpecError / DatasetError / WeightsError for a bad
    experiment and ExportError for an unusable folder."""
    if fmt not in FORMATS:
        raise SpecError("--format", translate("Commands", "unknown format {format}; use one of {formats}").format(
            format=repr(fmt), formats=", ".join(FORMATS)))
    trainer = Trainer(exp, probes=False)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(translate("Commands", "{path} is a file; give a folder for the exported code").format(path=out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(translate("Commands", "cannot create {path}: {reason}; choose another folder").format(
            path=out, reason=exc.strerror or exc)) from None
    script = (numpy_script if fmt == "numpy" else pytorch_script)(trainer)
    data = {"x_train": trainer.x_train, "y_train": trainer.y_train,
            "x_val": trainer.x_val, "y_val": trainer.y_val}
    weights = to_layout(trainer.net, ENGINE if fmt == "numpy" else PYTORCH)
    _save_npz(out / "data.npz", data)
    _save_npz(out / "initial_weights.npz", weights)
    atomic_write_text(out / "experiment.json", trainer.exp.to_json() + "\n")
    atomic_write_text(out / "train.py", script)
    return out / "train.py"


def _save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    atomic_write(path, lambda f: f.write(buffer.getvalue()))


# ----------------------------------------------------------------------------- shared pieces

def _header(trainer: Trainer, fmt: str) -> str:
    exp = trainer.exp
    what = ("plain NumPy: every layer's forward and backward pass written out" if fmt == "numpy"
            else "PyTorch: nn.Module layers, autograd and torch.optim")
    weights_layout = ("engine layout: a Dense weight W is (inputs, units)" if fmt == "numpy"
                      else "PyTorch state_dict layout: a Linear weight is (out, in)")
    description = " ".join(exp.description.split())
    lines = [
        f'"""{exp.name}: trained in {what}.',
        "",
        *(textwrap.wrap(description, 96) + [""] if description else []),
        "Exported from backprop-workbench.  Run:  python train.py [--steps N]",
        "It writes losses.csv (step,loss): the loss of each batch before that step's update, the same",
        "numbers as the `loss` column of `backprop-workbench run experiment.json --steps N`.",
        "",
        "data.npz            the training/validation split the workbench used, already standardised",
        f"initial_weights.npz the workbench's initial weights for seed {exp.seed} ({weights_layout})",
        "experiment.json     the experiment this was exported from",
        '"""',
        "import argparse",
        "import csv",
        "import math",
        "import os",
        "",
        "import numpy as np",
    ]
    if fmt == "pytorch":
        lines += ["import torch", "from torch import nn"]
    return "\n".join(lines) + "\n"


def _settings(trainer: Trainer, fmt: str) -> str:
    exp = trainer.exp
    lines = ["HERE = os.path.dirname(os.path.abspath(__file__))"]
    if fmt == "pytorch":
        lines += [f"DTYPE = torch.{exp.dtype}", f"NUMPY_DTYPE = np.{exp.dtype}"]
    settings = [
        ("SEED", exp.seed, "the workbench seed: it sets the order of the batches"),
        ("STEPS", trainer.total_steps, "the experiment's length in optimizer steps"),
        ("BATCH_SIZE", exp.batch_size, "samples per step; 0 = the whole training set"),
        ("LEARNING_RATE", exp.optimizer.lr, ""),
    ]
    settings += [(_SCHEDULE_CONSTANTS[key], value, f"{exp.schedule.name} schedule")
                 for key, value in exp.schedule.resolved().items()]
    if exp.clip.mode != "off":
        settings.append(("CLIP_THRESHOLD", exp.clip.threshold, f"gradient clipping by {exp.clip.mode}"))
    assignments = [f"{name} = {value!r}" for name, value, _ in settings]
    width = max(map(len, assignments)) + 2
    lines += [f"{a.ljust(width)}# {note}" if note else a for a, (_, _, note) in zip(assignments, settings)]
    return "\n".join(lines) + "\n"


def _section(title: str, parts: list[str]) -> str:
    return f"# {'-' * 20} {title}\n\n" + "\n\n\n".join(p.rstrip("\n") for p in parts)


def _walk(layers: list[Layer]):
    for layer in layers:
        yield layer
        if isinstance(layer, Residual):
            yield from _walk(layer.sublayers())


def _activation_call(activation) -> str:
    name = activation.name
    if name == "leaky_relu" and activation.slope != 0.01:
        return f"{_CLASS_NAMES[name]}({activation.slope!r})"
    if name == "elu" and activation.alpha != 1.0:
        return f"{_CLASS_NAMES[name]}({activation.alpha!r})"
    return f"{_CLASS_NAMES[name]}()"


def _kwargs(params: dict) -> str:
    return ", ".join(f"{key}={value!r}" for key, value in params.items())


def _assemble(parts: list[str]) -> str:
    return "\n\n\n".join(p.rstrip("\n") for p in parts if p) + "\n"


# ----------------------------------------------------------------------------- NumPy

def numpy_script(trainer: Trainer) -> str:
    exp, net = trainer.exp, trainer.net
    layers = list(_walk(net.layers))
    activations = sorted({layer.activation.name for layer in layers if isinstance(layer, (Dense, ActivationLayer))},
                         key=list(_CLASS_NAMES).index)
    needs_sigmoid = bool({"sigmoid", "softplus"} & set(activations)) or exp.loss == "binary_cross_entropy"
    layer_kinds = [("dense", Dense), ("activation", ActivationLayer), ("batchnorm", BatchNorm),
                   ("dropout", Dropout), ("residual", Residual)]
    used = [name for name, cls in layer_kinds if any(isinstance(layer, cls) for layer in layers)]
    parts = [
        _header(trainer, "numpy"),
        _settings(trainer, "numpy"),
        _section("activation functions: forward(z), and backward(z, a, dL/da) -> dL/dz",
                 ([template("numpy", "sigmoid_helper")] if needs_sigmoid else [])
                 + [template("numpy", f"act_{name}") for name in activations]),
        _section("layers: forward(x) caches what backward(dL/dy) -> dL/dx needs",
                 [template("numpy", f"layer_{name}") for name in used]),
        _section("loss", [template("numpy", f"loss_{exp.loss}")]),
        _section("optimizer: updates the weights in place from their gradients",
                 [template("numpy", f"optim_{'adam' if exp.optimizer.name == 'adamw' else exp.optimizer.name}")]),
        _section("learning rate (step = optimizer steps already taken)",
                 [template("numpy", f"schedule_{exp.schedule.name}")]),
        _section("gradient clipping", [template("numpy", f"clip_{exp.clip.mode}")]),
        _section("this experiment's network and optimizer", [_numpy_build(net), _numpy_optimizer(exp)]),
        _section("training", [template("numpy", "train")]),
    ]
    return _assemble(parts)


def _numpy_layer(layer: Layer, indent: str) -> str:
    if isinstance(layer, Dense):
        return (f'Dense(weights["{layer.name}.W"], weights["{layer.name}.b"], '
                f'{_activation_call(layer.activation)})')
    if isinstance(layer, ActivationLayer):
        return f"ActivationLayer({_activation_call(layer.activation)})"
    if isinstance(layer, BatchNorm):
        names = ", ".join(f'weights["{layer.name}.{key}"]' for key in ("gamma", "beta", "running_mean", "running_var"))
        return f"BatchNorm({names}, momentum={layer.momentum!r}, eps={layer.eps!r})"
    if isinstance(layer, Dropout):
        return f"Dropout({layer.rate!r}, seed={layer.seed})"
    if isinstance(layer, Residual):
        inner = indent + "    "
        body = "".join(f"{inner}{_numpy_layer(sub, inner)},\n" for sub in layer.layers)
        projection = "" if layer.projection is None else f", projection={_numpy_layer(layer.projection, inner)}"
        return f"Residual([\n{body}{indent}]{projection})"
    raise TypeError(f"no NumPy export for {layer!r}")


def _numpy_build(net) -> str:
    lines = ["def build_network(weights):",
             '    """The layers, input to output, starting from the workbench\'s initial weights."""',
             "    return ["]
    for layer in net.layers:
        comment = "   # the output layer: one logit per output" if layer.name == "output" else ""
        lines.append(f"        {_numpy_layer(layer, '        ')},{comment}")
    lines.append("    ]")
    return "\n".join(lines)


def _numpy_optimizer(exp: Experiment) -> str:
    spec = exp.optimizer
    params = spec.resolved()
    if spec.name == "adamw":
        params["decoupled_weight_decay"] = True
    cls = "Adam" if spec.name == "adamw" else _TORCH_OPTIMIZERS[spec.name]
    note = "   # AdamW: Adam with decoupled weight decay" if spec.name == "adamw" else ""
    return f"def make_optimizer(params):\n    return {cls}(params, {_kwargs(params)}){note}"


# ----------------------------------------------------------------------------- PyTorch

def pytorch_script(trainer: Trainer) -> str:
    exp, net = trainer.exp, trainer.net
    layers = list(_walk(net.layers))
    modules = ([template("pytorch", "residual")] if any(isinstance(x, Residual) for x in layers) else []) + \
              ([template("pytorch", "dropout")] if any(isinstance(x, Dropout) for x in layers) else [])
    parts = [
        _header(trainer, "pytorch"),
        _settings(trainer, "pytorch"),
        _section("layers written for this export", modules) if modules else "",
        _section("this experiment's network, loss, optimizer, schedule and clipping",
                 [_torch_build(net), f"loss_function = {_TORCH_LOSSES[exp.loss]}", _torch_optimizer(exp),
                  _torch_schedule(exp), _torch_clip(exp)]),
        _section("training", [template("pytorch", "train")]),
    ]
    return _assemble(parts)


def _torch_activation(activation) -> str | None:
    name = activation.name
    if name == "leaky_relu":
        return f"nn.LeakyReLU({activation.slope!r})"
    if name == "elu":
        return f"nn.ELU({activation.alpha!r})"
    return f"nn.{_CLASS_NAMES[name]}()"


def _torch_modules(layers: list[Layer], indent: str) -> list[str]:
    """One line per torch module; a Dense is an nn.Linear and then its activation module."""
    out = []
    for layer in layers:
        if isinstance(layer, Dense):
            fan_in, units = layer.W.shape
            linear = f"nn.Linear({fan_in}, {units})"
            out.append(linear if layer.activation.name == "identity"
                       else f"{linear}, {_torch_activation(layer.activation)}")
        elif isinstance(layer, ActivationLayer):
            out.append(_torch_activation(layer.activation))
        elif isinstance(layer, BatchNorm):
            out.append(f"nn.BatchNorm1d({len(layer.gamma)}, eps={layer.eps!r}, momentum={layer.momentum!r})")
        elif isinstance(layer, Dropout):
            out.append(f"NumpyMaskDropout({layer.rate!r}, seed={layer.seed})")
        elif isinstance(layer, Residual):
            inner = indent + "    "
            body = "".join(f"{inner}{line},\n" for line in _torch_modules(layer.layers, inner))
            proj = "" if layer.projection is None else f", proj={_torch_modules([layer.projection], inner)[0]}"
            out.append(f"Residual(nn.Sequential(\n{body}{indent}){proj})")
        else:
            raise TypeError(f"no PyTorch export for {layer!r}")
    return out


def _torch_build(net) -> str:
    lines = ["def build_model():",
             '    """The layers as an nn.Sequential; its state_dict names (0.weight, ...) are those of',
             '    initial_weights.npz."""',
             "    return nn.Sequential("]
    lines += [f"        {line}," for line in _torch_modules(net.layers, "        ")]
    lines.append("    ).to(DTYPE)")
    return "\n".join(lines)


def _torch_optimizer(exp: Experiment) -> str:
    spec = exp.optimizer
    return (f"def make_optimizer(parameters):\n    return torch.optim.{_TORCH_OPTIMIZERS[spec.name]}("
            f"parameters, lr=LEARNING_RATE, {_kwargs(spec.resolved())})")


def _torch_schedule(exp: Experiment) -> str:
    name = exp.schedule.name
    body = {
        "constant": "return None                      # the same rate at every step",
        "step": "return torch.optim.lr_scheduler.StepLR(optimizer, step_size=STEP_SIZE, gamma=GAMMA)",
        "exponential": "return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=GAMMA)",
        "cosine": "return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=T_MAX, eta_min=ETA_MIN)",
        "warmup": ("return torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=1.0 / WARMUP_STEPS, "
                   "total_iters=WARMUP_STEPS)"),
    }[name]
    return f"def make_scheduler(optimizer):\n    {body}"


def _torch_clip(exp: Experiment) -> str:
    body = {"off": '"""No clipping."""',
            "norm": "torch.nn.utils.clip_grad_norm_(parameters, CLIP_THRESHOLD)",
            "value": "torch.nn.utils.clip_grad_value_(parameters, CLIP_THRESHOLD)"}[exp.clip.mode]
    return f"def clip_gradients(parameters):\n    {body}"


# ----------------------------------------------------------------------------- command line

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench export",
                                description="Write an experiment as a runnable NumPy or PyTorch training script.")
    p.add_argument("experiment", help="experiment JSON file (saved from the app or a preset)")
    p.add_argument("--format", choices=FORMATS, default="numpy", help="numpy (default) or pytorch")
    p.add_argument("--out", required=True, help="folder for train.py, data.npz, initial_weights.npz")
    p.add_argument("--seed", type=int, help="override the experiment's seed")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parse_with_language(_parser(), argv)
    try:
        exp = Experiment.load(args.experiment)
        if args.seed is not None:
            if args.seed < 0:
                raise SpecError("--seed", translate("Commands", "must be a non-negative integer, got {value}").format(
                    value=args.seed))
            exp = reparse(exp.replace(seed=args.seed))
        script = export_code(exp, args.out, args.format)
    except (SpecError, DatasetError, WeightsError, ExportError) as exc:
        return error(exc)
    print(translate("Commands", "wrote {script} (run: python {script} --steps N), data.npz, initial_weights.npz, "
                                "experiment.json").format(script=script), file=sys.stderr)
    return 0
