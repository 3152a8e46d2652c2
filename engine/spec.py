"""The experiment description: frozen dataclasses, JSON load/dump, validation.

Every validation error names the field path and the fix, for example
``layers[2].units: must be a positive integer, got 0``.  Unknown keys are
rejected with the nearest valid name; a newer schema version is refused.
"""
from __future__ import annotations

import dataclasses
import difflib
import json
import math
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from engine import limits
from engine.i18n import QT_TRANSLATE_NOOP, translate

SCHEMA_VERSION = 1

ACTIVATIONS = ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "softplus", "softsign")
INITIALIZERS = (
    "zeros", "constant", "normal", "uniform", "xavier_uniform", "xavier_normal",
    "he_uniform", "he_normal", "lecun_normal", "orthogonal", "pytorch_default",
)
LOSSES = ("mse", "cross_entropy", "binary_cross_entropy", "half_squared_error")
# Losses that apply the output activation themselves (fused: numerically stable, simple gradient).
FUSED_OUTPUT_ACTIVATION = {"cross_entropy": "softmax", "binary_cross_entropy": "sigmoid"}
OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop", "adagrad")
SCHEDULES = ("constant", "step", "exponential", "cosine", "warmup")
CLIP_MODES = ("off", "norm", "value")
DTYPES = ("float32", "float64")
FAN_MODES = ("fan_in", "fan_out")
CLASSIFICATION_SETS = ("xor", "circles", "moons", "spirals", "blobs", "threshold", "iris", "wine", "breast_cancer", "digits")
REGRESSION_SETS = ("sine", "polynomial")
DATASETS = CLASSIFICATION_SETS + REGRESSION_SETS + ("csv",)
TASKS = ("auto", "classification", "regression")

# Hyperparameters each optimizer accepts besides lr, with torch.optim's defaults.
OPTIMIZER_DEFAULTS: dict[str, dict[str, Any]] = {
    "sgd": {"momentum": 0.0, "dampening": 0.0, "nesterov": False, "weight_decay": 0.0},
    "adam": {"betas": (0.9, 0.999), "eps": 1e-8, "weight_decay": 0.0, "amsgrad": False},
    "adamw": {"betas": (0.9, 0.999), "eps": 1e-8, "weight_decay": 0.01, "amsgrad": False},
    "rmsprop": {"alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0, "centered": False},
    "adagrad": {"lr_decay": 0.0, "weight_decay": 0.0, "initial_accumulator_value": 0.0, "eps": 1e-10},
}
# Parameters each LR schedule accepts, with defaults.  Schedules advance once per optimizer step.
SCHEDULE_DEFAULTS: dict[str, dict[str, Any]] = {
    "constant": {},
    "step": {"step_size": 1000, "gamma": 0.5},
    "exponential": {"gamma": 0.999},
    "cosine": {"t_max": 10000, "eta_min": 0.0},
    "warmup": {"warmup_steps": 500},
}


class SpecError(ValueError):
    """An invalid experiment.  ``path`` is the field path, ``message`` what is wrong and the fix."""

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self):
        # Sent whole from a background process (the field too): the default would pass only the text.
        return type(self), (self.path, self.message)


# ----------------------------------------------------------------------------- dataclasses

@dataclass(frozen=True)
class InitSpec:
    """Weight initialiser.  ``gain`` None means the initialiser's own default
    (1 for xavier/lecun/orthogonal, sqrt(2) for he, the ReLU gain)."""
    name: str = "xavier_uniform"
    gain: float | None = None
    mode: str = "fan_in"          # he_* and lecun: which fan sets the scale
    std: float = 0.01             # normal
    limit: float = 0.05           # uniform: U(-limit, limit)
    value: float = 0.0            # constant


@dataclass(frozen=True)
class DenseSpec:
    units: int = 16
    activation: str = "relu"
    slope: float | None = None    # leaky_relu negative slope; elu alpha; None = torch's default (0.01, 1.0)
    init: InitSpec = field(default_factory=InitSpec)
    type: str = "dense"


@dataclass(frozen=True)
class ActivationSpec:
    activation: str = "relu"
    slope: float | None = None
    type: str = "activation"


@dataclass(frozen=True)
class BatchNormSpec:
    momentum: float = 0.1
    eps: float = 1e-5
    type: str = "batchnorm"


@dataclass(frozen=True)
class DropoutSpec:
    rate: float = 0.5
    type: str = "dropout"


@dataclass(frozen=True)
class ResidualSpec:
    """y = x + f(x), f = the wrapped layers; a learned linear projection of x when widths differ."""
    layers: tuple["LayerSpec", ...] = ()
    projection_init: InitSpec = field(default_factory=InitSpec)
    type: str = "residual"

    def __post_init__(self):
        object.__setattr__(self, "layers", tuple(self.layers))


LayerSpec = Union[DenseSpec, ActivationSpec, BatchNormSpec, DropoutSpec, ResidualSpec]
LAYER_TYPES: dict[str, type] = {
    "dense": DenseSpec, "activation": ActivationSpec, "batchnorm": BatchNormSpec,
    "dropout": DropoutSpec, "residual": ResidualSpec,
}


@dataclass(frozen=True)
class DataSpec:
    name: str = "spirals"
    n_samples: int = 600
    noise: float = 0.1
    classes: int = 3              # spiral arms, blob centres
    val_fraction: float = 0.2
    standardize: bool = True
    seed: int = 0
    csv_path: str | None = None   # dataset "csv" only
    target: str | None = None     # csv target column name
    task: str = "auto"            # csv: auto-detect, or force classification / regression
    val_path: str | None = None   # csv: a separate validation file (replaces the val_fraction split)
    features: tuple[str, ...] | None = None   # csv: the input columns; None = all but the target

    def __post_init__(self):
        if self.features is not None:
            object.__setattr__(self, "features", tuple(self.features))


@dataclass(frozen=True)
class OptimizerSpec:
    name: str = "sgd"
    lr: float = 0.1
    params: dict[str, Any] = field(default_factory=dict)   # only keys of OPTIMIZER_DEFAULTS[name]

    def __post_init__(self):
        object.__setattr__(self, "params", _tuples_for_lists(self.params))

    def resolved(self) -> dict[str, Any]:
        """The optimizer's hyperparameters: torch defaults overridden by ``params``."""
        return {**OPTIMIZER_DEFAULTS[self.name], **self.params}


@dataclass(frozen=True)
class ScheduleSpec:
    name: str = "constant"
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "params", _tuples_for_lists(self.params))

    def resolved(self) -> dict[str, Any]:
        return {**SCHEDULE_DEFAULTS[self.name], **self.params}


@dataclass(frozen=True)
class ClipSpec:
    mode: str = "off"
    threshold: float = 1.0


@dataclass(frozen=True)
class Experiment:
    name: str = "untitled"
    description: str = ""
    expected_diagnosis: str | None = None   # presets: the verdict the preset demonstrates
    data: DataSpec = field(default_factory=DataSpec)
    layers: tuple[LayerSpec, ...] = (DenseSpec(), DenseSpec())
    output_init: InitSpec = field(default_factory=InitSpec)
    output_activation: str = "identity"    # on the output layer; the cross-entropies fuse their own
    loss: str = "cross_entropy"
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    schedule: ScheduleSpec = field(default_factory=ScheduleSpec)
    clip: ClipSpec = field(default_factory=ClipSpec)
    batch_size: int = 32          # 0 = full batch
    epochs: int | None = 100      # exactly one of epochs / steps is set
    steps: int | None = None
    seed: int = 0
    dtype: str = "float32"
    initial_weights: str | None = None
    probe_every: int = 10         # activation statistics and update ratios every k steps
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self):
        object.__setattr__(self, "layers", tuple(self.layers))

    def replace(self, **changes: Any) -> "Experiment":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, data: Any) -> "Experiment":
        return parse_experiment(data)

    @classmethod
    def from_json(cls, text: str) -> "Experiment":
        return parse_experiment(decode_json(text))

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Experiment":
        return cls.from_json(read_experiment_text(path))

    def dump(self, path: str | os.PathLike) -> None:
        atomic_write_text(path, self.to_json() + "\n")


def read_experiment_text(path: str | os.PathLike) -> str:
    """The text of an experiment file: a regular file of at most MAX_EXPERIMENT_BYTES (a FIFO or a
    device such as /dev/zero would block or never end)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            what = (translate("Validation", "a folder") if stat.S_ISDIR(info.st_mode)
                    else translate("Validation", "not a regular file (a pipe, device or socket)"))
            raise SpecError("", translate("Validation", "cannot read {path}: it is {what}; choose an experiment .json "
                                                        "file").format(path=path, what=what))
        if info.st_size > limits.MAX_EXPERIMENT_BYTES:
            raise SpecError("", translate("Validation", "{path} is {size}, more than an experiment file can be "
                                                        "({limit}); choose an experiment saved by the app").format(
                path=path, size=limits.human_bytes(info.st_size), limit=limits.human_bytes(limits.MAX_EXPERIMENT_BYTES)))
        with open(path, "rb") as f:
            raw = f.read(limits.MAX_EXPERIMENT_BYTES + 1)     # the file may grow after the stat
        if len(raw) > limits.MAX_EXPERIMENT_BYTES:
            raise SpecError("", translate("Validation", "{path} is larger than an experiment file can be ({limit}); "
                                                        "choose an experiment saved by the app").format(
                path=path, limit=limits.human_bytes(limits.MAX_EXPERIMENT_BYTES)))
        return raw.decode("utf-8")
    except OSError as exc:
        raise SpecError("", translate("Validation", "cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise SpecError("", translate("Validation", "cannot read {path}: it is not UTF-8 text; choose an experiment "
                                                    ".json file").format(path=path)) from None


def decode_json(text: str) -> Any:
    """JSON text as Python values; every decoder failure (syntax, a number of thousands of
    digits, nesting deeper than MAX_JSON_DEPTH) is a SpecError."""
    fix = translate("Validation", "fix the file or save the experiment again from the app")
    too_deep = translate("Validation", "not a usable experiment: lists or objects nested more than {depth} deep; {fix}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError("", translate("Validation", "not valid JSON (line {line}, column {column}: {problem}); {fix}").format(
            line=exc.lineno, column=exc.colno, problem=exc.msg, fix=fix)) from None
    except ValueError as exc:     # an integer beyond Python's digit limit
        raise SpecError("", translate("Validation", "not a usable experiment: {problem}; {fix}").format(
            problem=exc, fix=fix)) from None
    except RecursionError:
        raise SpecError("", too_deep.format(depth=limits.MAX_JSON_DEPTH, fix=fix)) from None
    if _depth(data) > limits.MAX_JSON_DEPTH:
        raise SpecError("", too_deep.format(depth=limits.MAX_JSON_DEPTH, fix=fix))
    return data


def _depth(data: Any) -> int:
    """How deeply lists and objects nest in ``data`` (iteratively: no recursion limit to hit)."""
    deepest, pending = 0, [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            if depth > limits.MAX_JSON_DEPTH:
                break
            pending.extend((item, depth + 1) for item in value if isinstance(item, (dict, list)))
    return deepest


def _tuples_for_lists(params: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``params`` with lists as tuples (JSON gives lists, parsing tuples), so specs
    built in code and specs read from a file compare equal, and the caller's dict is not shared."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so no file is ever half-written."""
    atomic_write(path, lambda f: f.write(text.encode("utf-8")))


def atomic_write(path: str | os.PathLike, write) -> None:
    """Call ``write(binary_file)`` on a temporary file next to ``path``, then rename it over ``path``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # os.open with mode 0o666 lets the umask decide, as for any saved file (mkstemp would make it owner-only)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    return value


# ----------------------------------------------------------------------------- parsing & validation

# What a field must be, in "must be WHAT, got VALUE" (``_must_be`` translates them where shown).
MUST_BE_INTEGER = QT_TRANSLATE_NOOP("Validation", "an integer")
MUST_BE_NUMBER = QT_TRANSLATE_NOOP("Validation", "a number")
MUST_BE_NON_NEGATIVE_OR_DEFAULT = QT_TRANSLATE_NOOP("Validation", "a non-negative number (or null for the activation's default)")
MUST_BE_POSITIVE_OR_DEFAULT = QT_TRANSLATE_NOOP("Validation", "a positive number (or null for the default)")
MUST_BE_NON_NEGATIVE_NUMBER = QT_TRANSLATE_NOOP("Validation", "a non-negative number")
MUST_BE_POSITIVE_NUMBER = QT_TRANSLATE_NOOP("Validation", "a positive number")
MUST_BE_POSITIVE_INTEGER = QT_TRANSLATE_NOOP("Validation", "a positive integer")
MUST_BE_NON_NEGATIVE_INTEGER = QT_TRANSLATE_NOOP("Validation", "a non-negative integer")
MUST_BE_ABOVE_ZERO_UP_TO_ONE = QT_TRANSLATE_NOOP("Validation", "a number in (0, 1]")
MUST_BE_ZERO_TO_BELOW_ONE = QT_TRANSLATE_NOOP("Validation", "a number in [0, 1)")
MUST_BE_PROBABILITY = QT_TRANSLATE_NOOP("Validation", "a probability in [0, 1)")
MUST_BE_AT_LEAST_4 = QT_TRANSLATE_NOOP("Validation", "an integer of at least 4")
MUST_BE_AT_LEAST_2 = QT_TRANSLATE_NOOP("Validation", "an integer of at least 2")
MUST_BE_VALIDATION_FRACTION = QT_TRANSLATE_NOOP("Validation", "a fraction between 0 and 0.9")
MUST_BE_BATCH_SIZE = QT_TRANSLATE_NOOP("Validation", "a non-negative integer (0 = full batch)")

def _nearest(name: str, valid: list[str] | tuple[str, ...], kind: str | None = None) -> str:
    """The fix for an unknown name: a different case, a near spelling, or the names it starts."""
    lowered = name.lower()
    candidates = ([v for v in valid if v.lower() == lowered]
                  or difflib.get_close_matches(lowered, list(valid), n=1, cutoff=0.6)
                  or [v for v in valid if lowered and v.lower().startswith(lowered)][:3])
    kind = kind or translate("Validation", "name")
    if candidates:
        return translate("Validation", "did you mean {names}?").format(
            names=translate("Validation", " or ").join(f"'{c}'" for c in candidates))
    if valid:
        return translate("Validation", "valid {kind}s: {names}").format(kind=kind, names=", ".join(valid))
    return translate("Validation", "there are no {kind}s to set").format(kind=kind)


def _check_keys(data: dict, valid: list[str], path: str, kind: str | None = None) -> None:
    """Refuse keys not in ``valid``; ``kind`` says what the keys are ("sgd parameter"; default "field"),
    in the current language."""
    kind = kind or translate("Validation", "field")
    for key in data:
        if key not in valid:
            raise SpecError(_join(path, str(key)), translate("Validation", "unknown {kind}; {fix}").format(
                kind=kind, fix=_nearest(str(key), valid, kind)))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _shown(value: Any) -> str:
    """``repr(value)`` cut short: a hostile value must not make a megabyte message."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):    # deep nesting; an int beyond the digit limit
        text = f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:37] + "..."


def _int(value: Any, path: str, *, minimum: int | None = None, maximum: int | None = None,
         what: str = MUST_BE_INTEGER) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not value.is_integer()):
        raise _must_be(path, what, _shown(value))
    if minimum is not None and value < minimum:
        raise _must_be(path, what, _shown(value))
    if maximum is not None and value > maximum:
        raise SpecError(path, translate("Validation", "must be at most {maximum}, got {value}").format(
            maximum=f"{maximum:,}", value=_shown(value)))
    return int(value)


def _float(value: Any, path: str, *, low: float | None = None, high: float | None = None,
           low_open: bool = False, high_open: bool = False, magnitude: float | None = None,
           what: str = MUST_BE_NUMBER) -> float:
    """``magnitude``: a sane bound on abs(value), with its own message."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _must_be(path, what, _shown(value))
    try:
        value = float(value)
    except OverflowError:         # an integer beyond the float range
        raise _must_be(path, what, _shown(value)) from None
    if (not math.isfinite(value) or (low is not None and (value < low or (low_open and value == low)))
            or (high is not None and (value > high or (high_open and value == high)))):
        raise _must_be(path, what, repr(value))
    if magnitude is not None and abs(value) > magnitude:
        raise SpecError(path, translate("Validation", "must be at most {magnitude} in size, got {value}").format(
            magnitude=f"{magnitude:g}", value=repr(value)))
    return value


def _must_be(path: str, what: str, shown: str) -> SpecError:
    """"must be WHAT, got VALUE"; ``what`` is a QT_TRANSLATE_NOOP-marked text ("a positive integer")."""
    return SpecError(path, translate("Validation", "must be {what}, got {value}").format(
        what=translate("Validation", what), value=shown))


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise SpecError(path, translate("Validation", "must be true or false, got {value}").format(value=_shown(value)))
    return value


def _choice(value: Any, choices: tuple[str, ...], path: str) -> str:
    if not isinstance(value, str) or value not in choices:
        hint = (_nearest(str(value), choices) if isinstance(value, str)
                else translate("Validation", "valid names: {names}").format(names=", ".join(choices)))
        raise SpecError(path, translate("Validation", "unknown value {value}; {fix}").format(value=_shown(value), fix=hint))
    return value


def _str(value: Any, path: str, max_length: int = limits.MAX_TEXT_CHARS) -> str:
    if not isinstance(value, str):
        raise SpecError(path, translate("Validation", "must be a string, got {value}").format(value=_shown(value)))
    return _short(value, path, max_length)


def _opt_str(value: Any, path: str, max_length: int = limits.MAX_TEXT_CHARS) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return _short(value, path, max_length)
    raise SpecError(path, translate("Validation", "must be a string or null, got {value}").format(value=_shown(value)))


def _short(text: str, path: str, max_length: int) -> str:
    if len(text) > max_length:
        raise SpecError(path, translate("Validation", "must be at most {maximum} characters, got {length}; shorten "
                                                      "it").format(maximum=f"{max_length:,}", length=f"{len(text):,}"))
    return text


def _obj(data: Any, path: str) -> dict:
    if not isinstance(data, dict):
        raise SpecError(path, translate("Validation", "must be a JSON object, got {type}").format(type=type(data).__name__))
    return data


def _field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _opt_slope(value: Any, path: str) -> float | None:
    if value is None:
        return None
    return _float(value, path, low=0, what=MUST_BE_NON_NEGATIVE_OR_DEFAULT)


def parse_init(data: Any, path: str) -> InitSpec:
    data = _obj(data, path)
    _check_keys(data, _field_names(InitSpec), path)
    d = InitSpec()
    name = _choice(data.get("name", d.name), INITIALIZERS, _join(path, "name"))
    gain = data.get("gain", d.gain)
    if gain is not None:
        gain = _float(gain, _join(path, "gain"), low=0, low_open=True, magnitude=limits.MAX_INIT_SCALE,
                      what=MUST_BE_POSITIVE_OR_DEFAULT)
    scale = limits.MAX_INIT_SCALE
    return InitSpec(
        name=name, gain=gain,
        mode=_choice(data.get("mode", d.mode), FAN_MODES, _join(path, "mode")),
        std=_float(data.get("std", d.std), _join(path, "std"), low=0, magnitude=scale, what=MUST_BE_NON_NEGATIVE_NUMBER),
        limit=_float(data.get("limit", d.limit), _join(path, "limit"), low=0, magnitude=scale,
                     what=MUST_BE_NON_NEGATIVE_NUMBER),
        value=_float(data.get("value", d.value), _join(path, "value"), magnitude=scale),
    )


def parse_layer(data: Any, path: str) -> LayerSpec:
    data = _obj(data, path)
    kind = data.get("type", "dense")
    kind = _choice(kind, tuple(LAYER_TYPES), _join(path, "type"))
    cls = LAYER_TYPES[kind]
    _check_keys(data, _field_names(cls), path, translate("Validation", "{kind} layer field").format(kind=kind))
    if kind == "dense":
        d = DenseSpec()
        return DenseSpec(
            units=_int(data.get("units", d.units), _join(path, "units"), minimum=1, maximum=limits.MAX_UNITS,
                       what=MUST_BE_POSITIVE_INTEGER),
            activation=_choice(data.get("activation", d.activation), ACTIVATIONS, _join(path, "activation")),
            slope=_opt_slope(data.get("slope", d.slope), _join(path, "slope")),
            init=parse_init(data.get("init", {}), _join(path, "init")),
        )
    if kind == "activation":
        d = ActivationSpec()
        return ActivationSpec(
            activation=_choice(data.get("activation", d.activation), ACTIVATIONS, _join(path, "activation")),
            slope=_opt_slope(data.get("slope", d.slope), _join(path, "slope")),
        )
    if kind == "batchnorm":
        d = BatchNormSpec()
        return BatchNormSpec(
            momentum=_float(data.get("momentum", d.momentum), _join(path, "momentum"), low=0, high=1,
                            low_open=True, what=MUST_BE_ABOVE_ZERO_UP_TO_ONE),
            eps=_float(data.get("eps", d.eps), _join(path, "eps"), low=0, low_open=True, what=MUST_BE_POSITIVE_NUMBER),
        )
    if kind == "dropout":
        return DropoutSpec(rate=_float(data.get("rate", 0.5), _join(path, "rate"), low=0, high=1, high_open=True,
                                       what=MUST_BE_PROBABILITY))
    inner = data.get("layers", [])
    if not isinstance(inner, list) or not inner:
        raise SpecError(_join(path, "layers"), translate("Validation", "a residual block must wrap a non-empty list of "
                                                                       "layers"))
    layers = tuple(parse_layer(x, f"{path}.layers[{i}]") for i, x in enumerate(inner))
    for i, layer in enumerate(layers):
        if isinstance(layer, ResidualSpec):
            raise SpecError(f"{path}.layers[{i}].type", translate("Validation", "residual blocks cannot be nested; put "
                                                                                "them one after another"))
    return ResidualSpec(layers=layers, projection_init=parse_init(data.get("projection_init", {}),
                                                                   _join(path, "projection_init")))


def parse_data(data: Any, path: str = "data") -> DataSpec:
    data = _obj(data, path)
    _check_keys(data, _field_names(DataSpec), path)
    d = DataSpec()
    spec = DataSpec(
        name=_choice(data.get("name", d.name), DATASETS, _join(path, "name")),
        n_samples=_int(data.get("n_samples", d.n_samples), _join(path, "n_samples"), minimum=limits.MIN_SAMPLES,
                       maximum=limits.MAX_SAMPLES, what=MUST_BE_AT_LEAST_4),
        noise=_float(data.get("noise", d.noise), _join(path, "noise"), low=0, magnitude=limits.MAX_NOISE,
                     what=MUST_BE_NON_NEGATIVE_NUMBER),
        classes=_int(data.get("classes", d.classes), _join(path, "classes"), minimum=limits.MIN_CLASSES,
                     maximum=limits.MAX_CLASSES,
                     what=MUST_BE_AT_LEAST_2),
        val_fraction=_float(data.get("val_fraction", d.val_fraction), _join(path, "val_fraction"), low=0, high=0.9,
                            what=MUST_BE_VALIDATION_FRACTION),
        standardize=_bool(data.get("standardize", d.standardize), _join(path, "standardize")),
        seed=_int(data.get("seed", d.seed), _join(path, "seed"), minimum=0, maximum=limits.MAX_SEED,
                  what=MUST_BE_NON_NEGATIVE_INTEGER),
        csv_path=_opt_str(data.get("csv_path", d.csv_path), _join(path, "csv_path")),
        target=_opt_str(data.get("target", d.target), _join(path, "target")),
        task=_choice(data.get("task", d.task), TASKS, _join(path, "task")),
        val_path=_opt_str(data.get("val_path", d.val_path), _join(path, "val_path")) or None,
        features=_features(data.get("features", d.features), _join(path, "features")),
    )
    if spec.name == "csv":
        if not spec.csv_path:
            raise SpecError(_join(path, "csv_path"), translate("Validation", "the csv dataset needs a file; set csv_path "
                                                                             "to a .csv file"))
        if not spec.target:
            raise SpecError(_join(path, "target"), translate("Validation", "the csv dataset needs a target column; set "
                                                                           "target to a column name"))
    return spec


def _features(value: Any, path: str) -> tuple[str, ...] | None:
    """A list of distinct column names, or null (every column but the target)."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not value:
        raise SpecError(path, translate("Validation", "must be a non-empty list of column names, or null for every "
                                                      "column but the target; got {value}").format(value=_shown(value)))
    if len(value) > limits.MAX_CSV_COLUMNS:
        raise SpecError(path, translate("Validation", "must be at most {maximum} columns, got {count}").format(
            maximum=f"{limits.MAX_CSV_COLUMNS:,}", count=f"{len(value):,}"))
    names = tuple(_str(name, f"{path}[{i}]") for i, name in enumerate(value))
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SpecError(path, translate("Validation", "column {name} is listed twice; list each input column "
                                                          "once").format(name=repr(name)))
        seen.add(name)
    return names


def _parse_params(data: Any, defaults: dict[str, Any], path: str, kind: str) -> dict[str, Any]:
    data = _obj(data, path)
    _check_keys(data, list(defaults), path, kind)
    out: dict[str, Any] = {}
    for key, value in data.items():
        p = _join(path, key)
        default = defaults[key]
        if isinstance(default, bool):
            out[key] = _bool(value, p)
        elif isinstance(default, tuple):
            if not isinstance(value, (list, tuple)) or len(value) != len(default):
                raise SpecError(p, translate("Validation", "must be a list of {count} numbers in [0, 1), got "
                                                           "{value}").format(count=len(default), value=repr(value)))
            out[key] = tuple(_float(v, f"{p}[{i}]", low=0, high=1, high_open=True, what=MUST_BE_ZERO_TO_BELOW_ONE)
                             for i, v in enumerate(value))
        elif isinstance(default, int) and not isinstance(default, bool):
            out[key] = _int(value, p, minimum=1, maximum=limits.MAX_STEPS, what=MUST_BE_POSITIVE_INTEGER)
        elif key == "eps":    # divides: zero would give 0/0 for a parameter whose gradient is 0
            out[key] = _float(value, p, low=0, low_open=True, what=MUST_BE_POSITIVE_NUMBER)
        else:
            out[key] = _float(value, p, low=0, what=MUST_BE_NON_NEGATIVE_NUMBER)
    return out


def parse_optimizer(data: Any, path: str = "optimizer") -> OptimizerSpec:
    data = _obj(data, path)
    _check_keys(data, _field_names(OptimizerSpec), path)
    name = _choice(data.get("name", "sgd"), OPTIMIZERS, _join(path, "name"))
    lr = _float(data.get("lr", 0.1), _join(path, "lr"), low=0, low_open=True, what=MUST_BE_POSITIVE_NUMBER)
    params = _parse_params(data.get("params", {}), OPTIMIZER_DEFAULTS[name], _join(path, "params"),
                           translate("Validation", "{name} parameter").format(name=name))
    if name == "sgd" and params.get("nesterov") and (params.get("momentum", 0) <= 0 or params.get("dampening", 0) != 0):
        raise SpecError(_join(path, "params.nesterov"), translate("Validation", "Nesterov momentum needs momentum > 0 "
                                                                                "and dampening 0"))
    for key in ("momentum", "dampening", "alpha"):
        if key in params and params[key] >= 1:
            raise SpecError(_join(path, f"params.{key}"), translate("Validation", "must be below 1, got {value}").format(
                value=repr(params[key])))
    return OptimizerSpec(name=name, lr=lr, params=params)


def parse_schedule(data: Any, path: str = "schedule") -> ScheduleSpec:
    data = _obj(data, path)
    _check_keys(data, _field_names(ScheduleSpec), path)
    name = _choice(data.get("name", "constant"), SCHEDULES, _join(path, "name"))
    params = _parse_params(data.get("params", {}), SCHEDULE_DEFAULTS[name], _join(path, "params"),
                           translate("Validation", "{name} schedule parameter").format(name=name))
    if "gamma" in params and not 0 < params["gamma"] <= 1:
        raise SpecError(_join(path, "params.gamma"), translate("Validation", "must be in (0, 1], got {value}").format(
            value=repr(params["gamma"])))
    return ScheduleSpec(name=name, params=params)


def parse_clip(data: Any, path: str = "clip") -> ClipSpec:
    data = _obj(data, path)
    _check_keys(data, _field_names(ClipSpec), path)
    return ClipSpec(
        mode=_choice(data.get("mode", "off"), CLIP_MODES, _join(path, "mode")),
        threshold=_float(data.get("threshold", 1.0), _join(path, "threshold"), low=0, low_open=True,
                         what=MUST_BE_POSITIVE_NUMBER),
    )


def parse_experiment(data: Any) -> Experiment:
    data = _obj(data, "")
    version = data.get("schema_version", SCHEMA_VERSION)
    version = _int(version, "schema_version", minimum=1, maximum=limits.MAX_SEED, what=MUST_BE_POSITIVE_INTEGER)
    if version > SCHEMA_VERSION:
        raise SpecError("schema_version", translate(
            "Validation", "this file was written by a newer backprop-workbench (schema {version}); this version reads "
                          "schema {supported} or older: upgrade the app").format(version=version, supported=SCHEMA_VERSION))
    _check_keys(data, _field_names(Experiment), "")
    d = Experiment()
    layers_data = data.get("layers", [_to_jsonable(x) for x in d.layers])
    if not isinstance(layers_data, list):
        raise SpecError("layers", translate("Validation", "must be a list of layers, got {type}").format(
            type=type(layers_data).__name__))
    _check_layer_count(layers_data)
    layers = tuple(parse_layer(x, f"layers[{i}]") for i, x in enumerate(layers_data))
    epochs = data.get("epochs", d.epochs if "steps" not in data else None)
    steps = data.get("steps", None)
    if (epochs is None) == (steps is None):
        raise SpecError("epochs", translate("Validation", "set exactly one of epochs and steps (the other null)"))
    if epochs is not None:
        epochs = _int(epochs, "epochs", minimum=1, maximum=limits.MAX_EPOCHS, what=MUST_BE_POSITIVE_INTEGER)
    if steps is not None:
        steps = _int(steps, "steps", minimum=1, maximum=limits.MAX_STEPS, what=MUST_BE_POSITIVE_INTEGER)
    expected = data.get("expected_diagnosis", None)
    if expected is not None:
        expected = _choice(expected, ("healthy", "vanishing", "exploding", "symmetric", "diverged"),
                           "expected_diagnosis")
    exp = Experiment(
        name=_str(data.get("name", d.name), "name"),
        description=_opt_str(data.get("description", ""), "description", limits.MAX_DESCRIPTION_CHARS) or "",
        expected_diagnosis=expected,
        data=parse_data(data.get("data", {})),
        layers=layers,
        output_init=parse_init(data.get("output_init", {}), "output_init"),
        output_activation=_choice(data.get("output_activation", d.output_activation), ACTIVATIONS,
                                  "output_activation"),
        loss=_choice(data.get("loss", d.loss), LOSSES, "loss"),
        optimizer=parse_optimizer(data.get("optimizer", {})),
        schedule=parse_schedule(data.get("schedule", {})),
        clip=parse_clip(data.get("clip", {})),
        batch_size=_int(data.get("batch_size", d.batch_size), "batch_size", minimum=0, maximum=limits.MAX_BATCH_SIZE,
                        what=MUST_BE_BATCH_SIZE),
        epochs=epochs,
        steps=steps,
        seed=_int(data.get("seed", d.seed), "seed", minimum=0, maximum=limits.MAX_SEED, what=MUST_BE_NON_NEGATIVE_INTEGER),
        dtype=_choice(data.get("dtype", d.dtype), DTYPES, "dtype"),
        initial_weights=_opt_str(data.get("initial_weights", None), "initial_weights"),
        probe_every=_int(data.get("probe_every", d.probe_every), "probe_every", minimum=1, maximum=limits.MAX_STEPS,
                         what=MUST_BE_POSITIVE_INTEGER),
        schema_version=SCHEMA_VERSION,
    )
    validate(exp)
    return exp


def _check_layer_count(layers_data: list) -> None:
    """At most MAX_LAYERS layers, residual insides included: counted before any is parsed, so a
    file of millions of layers is refused at once."""
    count = len(layers_data) + sum(len(x["layers"]) for x in layers_data
                                   if isinstance(x, dict) and isinstance(x.get("layers"), list))
    if count > limits.MAX_LAYERS:
        raise SpecError("layers", translate("Validation", "{count} layers; at most {maximum} are allowed (residual "
                                                          "blocks' layers included): remove layers").format(
            count=f"{count:,}", maximum=limits.MAX_LAYERS))


def losses_for(data: DataSpec) -> tuple[str, ...]:
    """The losses that fit a dataset's task: mse for regression; for classification cross_entropy,
    mse on one-hot targets, and binary_cross_entropy when there are two classes.  A CSV whose task
    is auto-detected may be either, so every loss is offered and the data loader decides."""
    if data.name in REGRESSION_SETS or (data.name == "csv" and data.task == "regression"):
        return ("mse", "half_squared_error")
    two_class = data.name in ("xor", "circles", "moons", "threshold", "breast_cancer") or (
        data.name in ("spirals", "blobs") and data.classes == 2) or data.name == "csv"
    return LOSSES if two_class else ("cross_entropy", "mse", "half_squared_error")


def _walk_layers(layers) -> list:
    return [x for layer in layers for x in ([layer] + (_walk_layers(layer.layers) if isinstance(layer, ResidualSpec) else []))]


def validate(exp: Experiment) -> Experiment:
    """Checks that span fields.  Also run on experiments built in code (the GUI)."""
    if exp.batch_size == 1 and any(isinstance(x, BatchNormSpec) for x in _walk_layers(exp.layers)):
        raise SpecError("batch_size", translate("Validation", "BatchNorm needs at least 2 samples per batch; use a batch "
                                                              "size of 2 or more (0 = full batch), or remove the "
                                                              "BatchNorm layer"))
    fused = FUSED_OUTPUT_ACTIVATION.get(exp.loss)
    if fused is not None and exp.output_activation != "identity":
        raise SpecError("output_activation", translate(
            "Validation", "{loss} applies the {activation} to the output itself (fused, numerically stable); set "
                          "output_activation to identity, or choose mse or half_squared_error to put an activation on "
                          "the output").format(loss=exp.loss, activation=fused))
    allowed = losses_for(exp.data)
    if exp.loss not in allowed:
        if "cross_entropy" not in allowed:
            raise SpecError("loss", translate("Validation", "{dataset} is a regression dataset; use loss 'mse' or "
                                                            "'half_squared_error'").format(dataset=exp.data.name))
        raise SpecError("loss", translate("Validation", "binary_cross_entropy needs two classes and {dataset} has more; "
                                                        "use cross_entropy").format(dataset=exp.data.name))
    return exp


def reparse(exp: Experiment) -> Experiment:
    """Round-trip through the validator: the way to check an experiment built in code."""
    return parse_experiment(exp.to_dict())


def is_valid(exp: Experiment) -> bool:
    """Whether the validator accepts ``exp`` (built in code)."""
    try:
        reparse(exp)
    except SpecError:
        return False
    return True
