"""Why the gradient vanishes or explodes, in numbers: the backward pass of one batch taken apart.

``Explainer(trainer).explain()`` runs the batch the trainer's next step will train on (found with
``Trainer.upcoming_batch``, so pressing Step applies exactly the gradients shown) through a copy of
the network at the current weights, forward and backward, and keeps every probed layer's numbers:
its input x, pre-activation z, output a, dL/da, the activation's slope σ'(z), dL/dz and the
weights with their gradients.  The copy shares nothing with the trainer: its weights, running
statistics and dropout generators are copied in before each pass (so a dropout layer draws the
very mask the next step will draw), and the run is not disturbed.

From that:

- ``ledger(explanation)``: the chain-rule ledger, one row per layer from the output to the input:
  ‖dL/dh‖, the activation factor ‖dL/dz‖/‖dL/dh‖, the weight factor ‖dL/dh_prev‖/‖dL/dz‖ and
  their product, the layer's gain ‖dL/dh_prev‖/‖dL/dh‖.  The gains of the hidden layers after the
  first multiply to the first-to-last hidden ratio that ``engine.diagnosis`` judges (taken on this
  batch), and a sentence names the factor that dominates.
- ``Explainer.worked_chain()``: for a chain of single units (one input, one unit per layer, one
  output) the scalar chain rule for every training sample at once, and ``worked_example(chain,
  i)`` the numbers of sample i: forward values, each derivative and product, and the plain
  gradient-descent update of every w and b that this one sample would make.

Norms are L2 norms over the whole batch, as the probes take them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.activations import sigmoid
from engine.i18n import translate
from engine.layers import ActivationLayer, BatchNorm, Dense, Dropout, Residual
from engine.losses import get_loss
from engine.network import build_network
from engine.spec import FUSED_OUTPUT_ACTIVATION, DenseSpec
from engine.trainer import Trainer, layer_label

SATURATED_UNIT_SHARE = 0.9      # a unit is marked saturated when this share of the batch sits on a flat end
WORKED_SAMPLES = 1000           # the worked chain covers at most this many training samples


@dataclass(frozen=True)
class LayerTrace:
    """One probed Dense layer on the batch (rows = samples).  ``a`` is the layer's output h."""
    name: str
    label: str
    activation: str
    x: np.ndarray            # (n, fan_in) the layer's input
    z: np.ndarray            # (n, units)
    a: np.ndarray
    dL_da: np.ndarray
    slope: np.ndarray        # σ'(z), so dL_dz = dL_da * slope
    dL_dz: np.ndarray
    W: np.ndarray            # (fan_in, units)
    b: np.ndarray
    dW: np.ndarray           # = x.T @ dL_dz: dL/dw_jk sums δ_j · a_k over the batch
    db: np.ndarray
    saturated: np.ndarray    # (units,) bool: on a flat end for SATURATED_UNIT_SHARE of the batch
    dead: np.ndarray         # (units,) bool: a rectifier off (z <= 0) for the whole batch


@dataclass(frozen=True)
class Explanation:
    step: int                         # the trainer's step: the weights are those after it
    batch: np.ndarray                 # indices into the training split
    x: np.ndarray                     # (n, inputs) the batch
    dL_dx: np.ndarray                 # (n, inputs)
    loss: float
    layers: list[LayerTrace]          # probed layers, input to output (the last is the output layer)
    skips: list[tuple[int, int]]      # residual skips as (from column, to column); column 0 = input
    between: list[list[str]]          # between[c]: the layers without weights after column c
    fused: str | None                 # the output activation the loss applies itself (sigmoid, softmax)


@dataclass(frozen=True)
class LedgerRow:
    layer: str
    activation: str
    grad_h_norm: float       # ‖dL/dh‖ of this layer's output
    grad_z_norm: float       # ‖dL/dz‖
    activation_factor: float  # ‖dL/dz‖ / ‖dL/dh‖
    weight_factor: float     # ‖dL/dh_prev‖ / ‖dL/dz‖ (h_prev: the previous layer's output, or the input)
    gain: float              # their product, ‖dL/dh_prev‖ / ‖dL/dh‖
    in_ratio: bool           # one of the factors of the diagnosis' first-to-last ratio


@dataclass(frozen=True)
class Ledger:
    rows: list[LedgerRow]    # output to input
    ratio: float             # first hidden ‖dL/dh‖ over last hidden: the product of the in_ratio gains
    summary: str             # the sentence naming the dominant factor


@dataclass(frozen=True)
class ChainLayer:
    """One unit of a single-unit chain, for every sample (arrays over the samples)."""
    label: str
    activation: str
    w: float
    b: float
    x: np.ndarray
    z: np.ndarray
    a: np.ndarray
    dL_da: np.ndarray
    slope: np.ndarray
    dL_dz: np.ndarray


@dataclass(frozen=True)
class WorkedChain:
    """The scalar chain rule of a single-unit chain for each of the first training samples, each
    sample's loss taken alone.  With a loss that fuses the output's sigmoid (binary cross-entropy)
    the output unit is shown with that sigmoid: a = σ(z), and dL/dz = a − t is what the loss gives."""
    step: int
    lr: float
    x: np.ndarray
    target: np.ndarray
    layers: list[ChainLayer]
    fused: str | None
    loss: str


@dataclass(frozen=True)
class NetworkPicture:
    """What the network view and the ledger draw, bounded in size (see ``network_picture``)."""
    step: int
    columns: list["Column"]
    skips: list[tuple[int, int]]
    between: list[list[str]]
    ledger: Ledger
    chain: WorkedChain | None
    batch_size: int
    sample: int                       # the training-split index of the batch sample the columns detail
    plane: tuple[np.ndarray, np.ndarray] | None = None   # the pictures' (xs, ys) over the input plane


@dataclass(frozen=True)
class Column:
    """The shown units of one column (the input or a layer), in unit order."""
    label: str
    activation: str
    units: int                        # all units of the layer; ``shown`` are at most MAX_SHOWN of them
    shown: np.ndarray                 # unit indices
    mean_a: np.ndarray                # batch means of a
    grad_norm: np.ndarray             # per unit ‖dL/da‖ over the batch
    saturated: np.ndarray
    dead: np.ndarray
    sample: dict                      # name -> values of the detailed sample: z, a, dL_da, slope, dL_dz
    bias: np.ndarray | None = None    # None for the input column
    bias_grad: np.ndarray | None = None
    weights: np.ndarray | None = None        # (previous column's shown, shown) incoming weights
    weight_grads: np.ndarray | None = None
    inputs: np.ndarray | None = None         # (previous shown,) the detailed sample's a_k into this layer
    pictures: np.ndarray | None = None       # (shown, rows, cols) each unit's output over the input plane


def _ratio(numerator: float, denominator: float) -> float:
    if denominator > 0:
        return numerator / denominator
    return math.inf if numerator > 0 else math.nan


def _norm(array: np.ndarray) -> float:
    flat = np.asarray(array, dtype=np.float64).ravel()
    return math.sqrt(float(np.dot(flat, flat)))


def _structure(layers, column: int, skips: list, between: list) -> int:
    """Walk the layer tree in forward order: record residual skips as (column in, column out) and
    the weightless layers between columns.  Returns the column the walk ends at."""
    for layer in layers:
        if isinstance(layer, Dense) and layer.probed:
            column += 1
            between.append([])
        elif isinstance(layer, Residual):
            start = column
            column = _structure(layer.layers, column, skips, between)
            if column != start:
                skips.append((start, column))
            between[column].append(f"+ skip ({layer.name})")
        elif isinstance(layer, ActivationLayer):
            between[column].append(f"{layer.name} ({layer.activation.name})")
        elif isinstance(layer, (BatchNorm, Dropout)):
            between[column].append(layer.name)
    return column


def is_single_unit_chain(trainer: Trainer) -> bool:
    """One input, dense layers of one unit each, one output: the chain rule in scalars."""
    exp = trainer.exp
    return (trainer.dataset.n_inputs == 1 and trainer.dataset.n_outputs(exp.loss) == 1
            and all(isinstance(spec, DenseSpec) and spec.units == 1 for spec in exp.layers))


class Explainer:
    """Takes a trainer's network apart on a batch, without disturbing the run (see the module doc)."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        ds = trainer.dataset
        self.net = build_network(trainer.exp, ds.n_inputs, ds.n_outputs(trainer.exp.loss))
        self.net.input_grad = True
        self.loss = get_loss(trainer.exp.loss)
        self.probed = self.net.probed_layers()
        for layer in self.probed:
            layer.keep_grad_h = True
        self._dropouts = [(mine, theirs) for mine, theirs in zip(self.net.all_layers(), trainer.net.all_layers())
                          if isinstance(mine, Dropout)]
        self.skips: list[tuple[int, int]] = []
        self.between: list[list[str]] = [[]]
        _structure(self.net.layers, 0, self.skips, self.between)
        self.fused = FUSED_OUTPUT_ACTIVATION.get(trainer.exp.loss)
        self.single_unit_chain = is_single_unit_chain(trainer)

    def _sync(self) -> None:
        self.net.copy_from(self.trainer.net)
        for mine, theirs in self._dropouts:
            mine.rng.bit_generator.state = theirs.rng.bit_generator.state

    def _pass(self, x: np.ndarray, y: np.ndarray, per_sample: bool = False) -> tuple[float, np.ndarray]:
        """Forward and backward in training mode; returns the loss and dL/dx.  ``per_sample``
        scales the loss gradient by the batch size, so each row is its own sample's gradient."""
        logits = self.net.forward(x, True)
        loss = self.loss.forward(logits, y)
        grad = self.loss.backward()
        if per_sample:
            grad = grad * len(x)
        return loss, self.net.backward(grad)

    def explain(self) -> Explanation:
        trainer = self.trainer
        self._sync()
        batch = trainer.upcoming_batch()
        x, y = trainer.x_train[batch], trainer.y_train[batch]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            loss, dx = self._pass(x, y)
            layers = [self._trace(layer) for layer in self.probed]
        return Explanation(step=trainer.step, batch=batch, x=x, dL_dx=dx, loss=float(loss), layers=layers,
                           skips=list(self.skips), between=[list(b) for b in self.between], fused=self.fused)

    def _trace(self, layer: Dense) -> LayerTrace:
        act = layer.activation
        z, a = layer.pre_activation, layer.activation_output
        slope = act.backward(z, a, np.ones_like(z))
        saturated = (np.mean(act.saturated_mask(a), axis=0) >= SATURATED_UNIT_SHARE if act.saturating
                     else np.zeros(a.shape[1], dtype=bool))
        dead = ~np.any(z > 0, axis=0) if act.rectifying else np.zeros(a.shape[1], dtype=bool)
        return LayerTrace(name=layer.name, label=layer_label(layer), activation=act.name, x=layer._x, z=z, a=a,
                          dL_da=layer.grad_h, slope=slope, dL_dz=_grad_z(layer), W=layer.W.copy(), b=layer.b.copy(),
                          dW=layer.grads["W"].copy(), db=layer.grads["b"].copy(), saturated=saturated, dead=dead)

    def plane_outputs(self, plane: tuple[np.ndarray, np.ndarray]) -> list[np.ndarray]:
        """Every column's values on the grid ``plane`` = (xs, ys) over a 2-D input, evaluation mode
        (as the decision boundary): the grid points themselves, then each probed layer's output,
        each (points, units) with the points row by row (y outer, x inner)."""
        xs, ys = plane
        gx, gy = np.meshgrid(xs, ys)
        points = np.column_stack([gx.ravel(), gy.ravel()])
        self._sync()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            self.net.forward(points, False)
        return [points] + [layer._h for layer in self.probed]

    def worked_chain(self) -> WorkedChain | None:
        """The scalar chain of a single-unit chain for the first WORKED_SAMPLES training samples
        (None for any other network)."""
        if not self.single_unit_chain:
            return None
        trainer = self.trainer
        self._sync()
        x, y = trainer.x_train[:WORKED_SAMPLES], trainer.y_train[:WORKED_SAMPLES]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            self._pass(x, y, per_sample=True)
            layers = []
            for layer in self.probed:
                z, a, da, dz = (v[:, 0].copy() for v in (layer.pre_activation, layer.activation_output,
                                                         layer.grad_h, _grad_z(layer)))
                slope = layer.activation.backward(layer.pre_activation, layer.activation_output,
                                                  np.ones_like(layer.grad_h))[:, 0]
                activation = layer.activation.name
                if layer is self.probed[-1] and self.fused == "sigmoid":
                    # The loss applies the sigmoid itself: show it on the unit, where the lesson is.
                    a = sigmoid(z)
                    slope = a * (1.0 - a)
                    da = dz / slope
                    activation = "sigmoid"
                layers.append(ChainLayer(label=layer.name, activation=activation, w=float(layer.W[0, 0]),
                                         b=float(layer.b[0]), x=layer._x[:, 0].copy(), z=z, a=a, dL_da=da,
                                         slope=slope, dL_dz=dz))
        target = np.asarray(y, dtype=np.float64).reshape(len(x), -1)[:, 0]
        return WorkedChain(step=trainer.step, lr=float(trainer.schedule(trainer.step)), x=x[:, 0].copy(),
                           target=target, layers=layers, fused=self.fused, loss=trainer.exp.loss)


def _grad_z(layer: Dense) -> np.ndarray:
    """dL/dz of the layer's last backward pass, as its backward computed it from dL/dh."""
    return layer.activation.backward(layer.pre_activation, layer.activation_output, layer.grad_h)


def ledger(explanation: Explanation) -> Ledger:
    """The chain-rule ledger of an explanation (see the module doc)."""
    layers = explanation.layers
    n_hidden = len(layers) - 1
    rows = []
    for i in range(len(layers) - 1, -1, -1):
        layer = layers[i]
        previous = layers[i - 1].dL_da if i > 0 else explanation.dL_dx
        grad_h, grad_z, grad_prev = _norm(layer.dL_da), _norm(layer.dL_dz), _norm(previous)
        activation_factor, weight_factor = _ratio(grad_z, grad_h), _ratio(grad_prev, grad_z)
        rows.append(LedgerRow(
            layer=layer.label, activation=layer.activation, grad_h_norm=grad_h, grad_z_norm=grad_z,
            activation_factor=activation_factor, weight_factor=weight_factor,
            gain=activation_factor * weight_factor,
            # the diagnosis compares hidden layer 1 with the last hidden one: the gains between them
            in_ratio=0 < i < n_hidden))
    factors = [row.gain for row in rows if row.in_ratio]
    ratio = math.prod(factors) if factors else 1.0
    return Ledger(rows=rows, ratio=ratio, summary=_summary(rows, bool(explanation.skips)))


def _change(factor: float, first: bool, further: bool = False) -> str:
    """What a factor does to the gradient: "shrink the gradient 4.1×" (the sentence's first clause),
    "shrink it a further 1.7×" (its second)."""
    if factor == 0:
        return translate("Explain", "cut the gradient off entirely") if first else translate("Explain", "cut it off entirely")
    if not math.isfinite(factor):
        return (translate("Explain", "make the gradient undefined (no gradient reaches them)") if first
                else translate("Explain", "make it undefined (no gradient reaches them)"))
    if first:
        text = (translate("Explain", "shrink the gradient {factor}×") if factor < 1
                else translate("Explain", "grow the gradient {factor}×"))
    elif further:
        text = (translate("Explain", "shrink it a further {factor}×") if factor < 1
                else translate("Explain", "grow it a further {factor}×"))
    else:
        text = translate("Explain", "shrink it {factor}×") if factor < 1 else translate("Explain", "grow it {factor}×")
    return text.format(factor=f"{1 / factor if factor < 1 else factor:.2g}")


def _per_layer(factors: list[float]) -> float:
    """The geometric mean: the factor that, applied at every layer, gives the same product."""
    if any(not math.isfinite(f) for f in factors):
        return math.nan
    if min(factors) <= 0:
        return 0.0
    return math.exp(sum(math.log(f) for f in factors) / len(factors))


def _summary(rows: list[LedgerRow], skips: bool) -> str:
    """One sentence naming the factor that dominates over the hidden layers the ratio spans.
    ``skips``: residual skips add to what passes back, so the weight factor is theirs too."""
    inside = [row for row in rows if row.in_ratio]
    if not inside:
        gain = math.prod(row.gain for row in rows)
        return translate("Explain", "There is no hidden layer for the gradient to vanish in: from the output to the "
                                    "input it changes {gain}× in all.").format(gain=f"{gain:.3g}")
    kinds = {row.activation for row in inside}
    slopes = (translate("Explain", "the {activation} slopes").format(activation=kinds.pop()) if len(kinds) == 1
              else translate("Explain", "the activation slopes"))
    weights = translate("Explain", "the weights and skips") if skips else translate("Explain", "the weights")
    act = _per_layer([row.activation_factor for row in inside])
    weight = _per_layer([row.weight_factor for row in inside])

    def size(factor: float) -> float:
        return abs(math.log(factor)) if math.isfinite(factor) and factor > 0 else math.inf

    (first, first_factor), (second, second_factor) = sorted(
        [(slopes, act), (weights, weight)], key=lambda item: -size(item[1]))
    layers = (translate("Explain", "{count} layers") if len(inside) > 1
              else translate("Explain", "{count} layer")).format(count=len(inside))
    further = (first_factor < 1) == (second_factor < 1)
    total = math.prod(row.gain for row in inside)
    return translate("Explain", "Per layer, {first} {first_change}; {second} {second_change} (over {layers}: "
                                "{total}× in all).").format(
        first=first, first_change=_change(first_factor, True), second=second,
        second_change=_change(second_factor, False, further), layers=layers, total=f"{total:.3g}")


def worked_example(chain: WorkedChain, sample: int) -> dict:
    """The numbers of one sample of a worked chain, as the ``explain --json`` command prints them:
    ``x``, ``target``, ``lr`` and per layer (input to output) w, b, z, a, dL_da, slope, dL_dz,
    dL_dw = dL_dz · (the layer's input), dL_db = dL_dz, and w_new = w − lr · dL_dw, b_new likewise."""
    if not 0 <= sample < len(chain.x):
        raise IndexError(f"sample {sample} is not one of the {len(chain.x)} samples of the worked chain")
    layers = []
    for layer in chain.layers:
        x_in, dz = float(layer.x[sample]), float(layer.dL_dz[sample])
        dw, db = dz * x_in, dz
        layers.append({
            "layer": layer.label, "activation": layer.activation, "w": layer.w, "b": layer.b, "x": x_in,
            "z": float(layer.z[sample]), "a": float(layer.a[sample]), "dL_da": float(layer.dL_da[sample]),
            "slope": float(layer.slope[sample]), "dL_dz": dz, "dL_dw": dw, "dL_db": db,
            "w_new": layer.w - chain.lr * dw, "b_new": layer.b - chain.lr * db,
        })
    return {"sample": sample, "step": chain.step, "x": float(chain.x[sample]), "target": float(chain.target[sample]),
            "lr": chain.lr, "loss": chain.loss, "fused_output": chain.fused, "layers": layers}


MAX_SHOWN = 16                  # units drawn per column: those with the largest gradient
PLANE_RESOLUTION = 20           # grid points per axis of each unit's picture over the input plane
PLANE_MARGIN = 0.1


def _top_units(grad: np.ndarray, limit: int) -> np.ndarray:
    """The ``limit`` units with the largest gradient, in unit order (all of them if few)."""
    if len(grad) <= limit:
        return np.arange(len(grad))
    return np.sort(np.argsort(-np.nan_to_num(grad, nan=-1.0), kind="stable")[:limit])


def _unit_norms(values: np.ndarray) -> np.ndarray:
    """Per unit (column) L2 norm over the batch."""
    return np.sqrt(np.einsum("ij,ij->j", values, values, dtype=np.float64))


def network_picture(explainer: Explainer, limit: int = MAX_SHOWN,
                    plane: tuple[np.ndarray, np.ndarray] | None = None) -> NetworkPicture:
    """The bounded summary the network view and the ledger draw: per column at most ``limit``
    units, the batch means and gradient norms of those units, the numbers of the batch's first
    sample, the incoming weights between shown units with their gradients, the ledger, the worked
    chain of a single-unit chain and, given ``plane`` (xs, ys) over a 2-D input, every shown unit's
    output on that grid (evaluation mode, like the decision boundary)."""
    explanation = explainer.explain()
    book = ledger(explanation)
    chain = explainer.worked_chain()
    outputs = explainer.plane_outputs(plane) if plane is not None else None
    x = explanation.x
    grad = _unit_norms(explanation.dL_dx)
    shown = _top_units(grad, limit)
    columns = [Column(label="input", activation="identity", units=x.shape[1], shown=shown,
                      mean_a=x.mean(axis=0)[shown], grad_norm=grad[shown],
                      saturated=np.zeros(len(shown), dtype=bool), dead=np.zeros(len(shown), dtype=bool),
                      sample={"a": x[0, shown]},
                      pictures=None if outputs is None else _unit_pictures(outputs[0], shown, plane))]
    for i, trace in enumerate(explanation.layers):
        previous = shown
        grad = _unit_norms(trace.dL_da)
        shown = _top_units(grad, limit)
        edges = np.ix_(previous, shown)
        columns.append(Column(
            label=trace.label, activation=trace.activation, units=trace.a.shape[1], shown=shown,
            mean_a=trace.a.mean(axis=0)[shown], grad_norm=grad[shown], saturated=trace.saturated[shown],
            dead=trace.dead[shown],
            sample={key: getattr(trace, key)[0, shown] for key in ("z", "a", "dL_da", "slope", "dL_dz")},
            bias=trace.b[shown], bias_grad=trace.db[shown], weights=trace.W[edges], weight_grads=trace.dW[edges],
            inputs=trace.x[0, previous],
            pictures=None if outputs is None else _unit_pictures(outputs[i + 1], shown, plane)))
    return NetworkPicture(step=explanation.step, columns=columns, skips=explanation.skips,
                          between=explanation.between, ledger=book, chain=chain, batch_size=len(explanation.batch),
                          sample=int(explanation.batch[0]), plane=plane)


def _unit_pictures(values: np.ndarray, shown: np.ndarray, plane: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    xs, ys = plane
    return np.ascontiguousarray(values[:, shown].T.reshape(len(shown), len(ys), len(xs)), dtype=np.float32)
