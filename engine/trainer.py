"""The training loop: batches, loss, backward, clipping, optimizer step, probes and metrics.

No threads and no Qt.  A GUI runs ``Trainer.run`` on a thread of its own and steers it through a
``TrainingControl`` (pause, resume, stop, single step, live learning rate and clip threshold),
which the loop checks between steps.

Divergence ends the run with the status "diverged at step N", and nothing is raised into the
caller: a loss or global gradient norm that is NaN, infinite or absurd (above DIVERGENCE_LIMIT, or
a loss LOSS_GROWTH_LIMIT times its first value), or, with probes on, a non-finite probe or weight.
Step N's update is not applied (or, when it overflowed the weights, undone), so the weights stay
the last finite ones.  With probes off (benchmarks) the weights before each update are not kept:
an update that overflows the weights is still detected at the next step, but cannot be undone.
"""
from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.clipping import clip_grad_norm, clip_grad_value, grad_sq_norms, sq_norm, total_sq_norm
from engine.datasets import DataShape, Dataset, load_dataset, quick_to_load, shape_from_spec, targets_for
from engine.diagnosis import Diagnosis, diagnose
from engine.history import History
from engine.i18n import translate
from engine.losses import get_loss
from engine.network import Network, build_network
from engine.optimizers import make_optimizer
from engine.schedules import make_schedule
from engine.layers import BatchNorm
from engine.limits import estimate_memory, human_bytes, memory_budget, parameter_count
from engine.network import WeightsError
from engine.weight_layouts import load_initial_weights
from engine.spec import Experiment, SpecError, reparse

STEP_COLUMNS = ("loss", "grad_norm", "lr")
LAYER_METRICS = ("grad_w", "grad_h", "act_mean", "act_std", "saturated", "dead", "update_ratio", "grad_spread")
EPOCH_COLUMNS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc")
# The first steps of a run are never merged in its History: they hold most lessons (the loss
# leaving its starting value, a vanishing band forming) and would otherwise end up averaged into
# one bin of a long run.
KEEP_FIRST_STEPS = 1024
# A network with at most this many weights and biases has each one's value recorded over the steps
# (at every probe step), e.g. the single neuron's w and b.
MAX_TRACKED_PARAMETERS = 20
PARAMETER_HISTORY_CAPACITY = 512
# A loss or gradient norm beyond this (1.8e19) is divergence: squaring it overflows float32.
DIVERGENCE_LIMIT = math.sqrt(float(np.finfo(np.float32).max))
# A loss this many times its first value (or than 1, if that was smaller) is divergence too.
LOSS_GROWTH_LIMIT = 1e6
# Keeping a copy of the weights to undo an update that overflows them costs a pass over every
# weight at every step (a fifth of a 784-256-256-10 step), so it is kept only when an overflow is
# possible at all.  One step moves a weight by at most lr x (the largest gradient norm so far) x a
# factor under 1e6 (momentum's 1 / (1 - momentum), Adam's and RMSprop's bounded ratios, and sqrt of
# the parameter count for the per-weight optimizers); below this product a step moves a weight by
# under 1e26, and reaching float32's 3.4e38 would take more steps than a run may have (2**32).
UPDATE_OVERFLOW_RISK = 1e20


def layer_column(index: int, metric: str) -> str:
    return f"L{index}.{metric}"


def step_history(n_probed: int) -> History:
    """The per-step History of a run probing ``n_probed`` layers (also what a run folder reads into)."""
    columns = list(STEP_COLUMNS) + [layer_column(i, m) for i in range(n_probed) for m in LAYER_METRICS]
    return History(columns, keep_first=KEEP_FIRST_STEPS, extremes=("loss",))


class TrainingControl:
    """Thread-safe steering of a running Trainer.  Every method may be called from any thread;
    the trainer reads the requests between steps, so they take effect at the next step."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.pending = False          # read lock-free on the hot path: "anything to look at?"
        self._paused = False
        self._stopped = False
        self._single_steps = 0
        self._lr: float | None = None
        self._clip: float | None = None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _request(self, **changes) -> None:
        with self._cond:
            for name, value in changes.items():
                setattr(self, name, value)
            self.pending = True
            self._cond.notify_all()

    def pause(self) -> None:
        self._request(_paused=True)

    def resume(self) -> None:
        self._request(_paused=False)

    def stop(self) -> None:
        self._request(_stopped=True)

    def request_step(self) -> None:
        """While paused: train exactly one more batch, then stay paused."""
        with self._cond:
            self._single_steps += 1
            self.pending = True
            self._cond.notify_all()

    def set_lr(self, lr: float) -> None:
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(f"learning rate must be a positive number, got {lr!r}")
        self._request(_lr=float(lr))

    def set_clip(self, threshold: float) -> None:
        if not (math.isfinite(threshold) and threshold > 0):
            raise ValueError(f"clip threshold must be a positive number, got {threshold!r}")
        self._request(_clip=float(threshold))

    def take_settings(self) -> tuple[float | None, float | None]:
        with self._cond:
            lr, clip, self._lr, self._clip = self._lr, self._clip, None, None
            return lr, clip

    def wait_turn(self, on_pause: Callable[[], None] | None = None) -> bool:
        """Block while paused (returning early for a single step).  False means stop."""
        with self._cond:
            if self._paused and not self._stopped and not self._single_steps and on_pause:
                on_pause()
            while self._paused and not self._stopped and not self._single_steps:
                self._cond.wait()
            if self._single_steps:
                self._single_steps -= 1
            self.pending = self._paused or self._stopped or self._single_steps > 0 \
                or self._lr is not None or self._clip is not None
            return not self._stopped


@dataclass
class RunResult:
    status: str
    steps: int
    epochs: int
    train_loss: float
    val_loss: float
    train_acc: float
    val_acc: float
    diagnosis: Diagnosis


class Trainer:
    def __init__(self, exp: Experiment, dataset: Dataset | None = None,
                 control: TrainingControl | None = None, probes: bool = True):
        exp = self.exp = reparse(exp)   # the full validator, also for experiments built in code
        self.dtype = np.dtype(exp.dtype)
        self.dataset = dataset if dataset is not None else load_dataset(exp.data)
        ds = self.dataset
        self.classification = ds.task == "classification"
        _check_memory(exp, ds.shape)
        self.net = initial_network(exp, ds.shape)
        if len(ds.x_train) < 2 and any(isinstance(layer, BatchNorm) for layer in self.net.all_layers()):
            raise SpecError("data.val_fraction", translate("Validation", "BatchNorm needs at least 2 training samples; "
                                                                         "lower the validation fraction or use more "
                                                                         "samples"))
        # Batch statistics update in the forward pass; kept to undo them if the step diverges.
        self._buffers = [array for layer in self.net.all_layers() for array in layer.buffers.values()]
        self._buffer_backup = [array.copy() for array in self._buffers]
        self.loss = get_loss(exp.loss)
        self.x_train = np.ascontiguousarray(ds.x_train, dtype=self.dtype)
        self.x_val = np.ascontiguousarray(ds.x_val, dtype=self.dtype)
        self.y_train = self._targets(ds.y_train)
        self.y_val = self._targets(ds.y_val)
        self.labels_train, self.labels_val = ds.y_train, ds.y_val

        self.params = self.net.parameters()
        self.grads = [grad for _, _, grad in self.params]
        self.optimizer = make_optimizer(exp.optimizer, self.params)
        self.schedule = make_schedule(exp.schedule, exp.optimizer.lr)
        self.clip_mode = exp.clip.mode
        self.clip_threshold = exp.clip.threshold
        self.control = control or TrainingControl()
        self.probes = probes
        self.probe_every = exp.probe_every
        self._largest_grad_norm = 0.0             # for UPDATE_OVERFLOW_RISK
        self._loss_limit = DIVERGENCE_LIMIT       # lowered after the first step (LOSS_GROWTH_LIMIT)

        self.probed = self.net.probed_layers()
        ids = {id(value): i for i, (_, value, _) in enumerate(self.params)}
        self._weight_index = [ids[id(layer.params["W"])] for layer in self.probed]
        for layer in self.probed:
            layer.record_grad_h = probes
            layer.probe_source.record_grad_h = probes
        self.layer_names = [layer_label(layer) for layer in self.probed]
        self.history = step_history(len(self.probed) if probes else 0)
        self.probe_names = [layer.name for layer in self.probed]   # how the diagnosis names them
        self.epochs = History(EPOCH_COLUMNS)
        self.parameter_history = self._parameter_history() if probes else None
        # Sampled statistics carry forward between samples so every row is complete.
        self._sampled = [[0.0] * 6 for _ in self.probed]

        n = len(self.x_train)
        self.batch_size = n if exp.batch_size == 0 or exp.batch_size >= n else exp.batch_size
        # A last batch of one sample is folded into the one before: batch statistics (BatchNorm)
        # need at least two samples, and one sample makes a needlessly noisy step.
        self.batches_per_epoch = n // self.batch_size if n % self.batch_size == 1 else -(-n // self.batch_size)
        self.total_steps = exp.steps if exp.steps is not None else exp.epochs * self.batches_per_epoch
        self._shuffle_rng = np.random.Generator(np.random.PCG64([exp.seed, 1]))
        self._order = np.arange(n)
        self._batch_pos = self.batches_per_epoch   # start of the run begins a new epoch
        self._epoch_loss_sum = 0.0
        self._epoch_correct = 0
        self._epoch_seen = 0

        # Settings changed during the run: (the first step trained with it, "lr" or "clip", value).
        self.changes: list[tuple[int, str, float]] = []
        self.step = 0            # optimizer steps taken
        self.epoch = 0           # epochs completed
        self.status = "idle"
        self.last_loss = math.nan

    def _parameter_history(self) -> History | None:
        """Every parameter's value over the steps, for a network small enough to watch each one;
        the first record is the initial value (step 0)."""
        if sum(value.size for _, value, _ in self.params) > MAX_TRACKED_PARAMETERS:
            return None
        names = [name if value.size == 1 else f"{name}[{','.join(map(str, index))}]"
                 for name, value, _ in self.params for index in np.ndindex(value.shape)]
        history = History(names, capacity=PARAMETER_HISTORY_CAPACITY)
        history.append(0, self._parameter_values())
        return history

    def _parameter_values(self) -> np.ndarray:
        return np.concatenate([value.ravel() for _, value, _ in self.params])

    # ------------------------------------------------------------------ data
    def _targets(self, y: np.ndarray) -> np.ndarray:
        t = targets_for(self.exp.loss, y, self.dataset.n_classes)
        return t if t.dtype.kind in "iu" else np.ascontiguousarray(t, dtype=self.dtype)

    def _next_batch(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._batch_pos >= self.batches_per_epoch:
            self._batch_pos = 0
            if self.batch_size < len(self.x_train):
                self._order = self._shuffle_rng.permutation(len(self.x_train))
        if self.batch_size == len(self.x_train):
            self._batch_pos += 1
            return self.x_train, self.y_train, self.labels_train
        start = self._batch_pos * self.batch_size
        self._batch_pos += 1
        end = len(self._order) if self._batch_pos == self.batches_per_epoch else start + self.batch_size
        idx = self._order[start:end]
        return self.x_train[idx], self.y_train[idx], self.labels_train[idx]

    def upcoming_batch(self) -> np.ndarray:
        """Indices into the training split of the batch the next step will train on, found without
        changing anything (the shuffle generator is copied, not advanced)."""
        n = len(self.x_train)
        if self.batch_size == n:
            return np.arange(n)
        position, order = self._batch_pos, self._order
        if position >= self.batches_per_epoch:
            shuffle = np.random.Generator(np.random.PCG64())
            shuffle.bit_generator.state = self._shuffle_rng.bit_generator.state
            position, order = 0, shuffle.permutation(n)
        start = position * self.batch_size
        end = n if position + 1 == self.batches_per_epoch else start + self.batch_size
        return order[start:end]

    # ------------------------------------------------------------------ the step
    def train_step(self, xb: np.ndarray, yb: np.ndarray) -> float:
        """One optimizer step on a batch.  Returns the loss before the update; NaN/Inf means the
        step was not applied (the caller decides what divergence means)."""
        sample = self.probes and self.step % self.probe_every == 0
        if sample:
            for layer in self.probed:
                layer.probe_source.record_activations = True
            self.optimizer.track_updates = True
        lr = self.schedule(self.step)
        for array, backup in zip(self._buffers, self._buffer_backup):
            np.copyto(backup, array)
        logits = self.net.forward(xb, True)
        self._last_logits = logits
        loss = self.loss.forward(logits, yb)
        self.net.backward(self.loss.backward())
        grads = self.grads
        # Always checked, probes or not: a non-finite gradient must never reach the weights.  Each
        # array's own norm only when probes record it or clipping by norm needs it.
        sq = grad_sq_norms(grads) if self.probes or self.clip_mode == "norm" else None
        total = math.sqrt(math.fsum(sq) if sq is not None else total_sq_norm(grads))
        if not (abs(loss) <= self._loss_limit and total <= DIVERGENCE_LIMIT):    # False for NaN too
            for array, backup in zip(self._buffers, self._buffer_backup):
                np.copyto(array, backup)
            if self.step and self.probes and not self._weights_finite():
                self._undo_update()      # the previous update overflowed the weights: this loss shows it
            return loss if not math.isfinite(loss) else math.inf
        if self.step == 0:
            self._loss_limit = min(DIVERGENCE_LIMIT, LOSS_GROWTH_LIMIT * max(abs(loss), 1.0))
        if self.clip_mode == "norm":
            clip_grad_norm(grads, self.clip_threshold, sq)
        elif self.clip_mode == "value":
            clip_grad_value(grads, self.clip_threshold)
        self._largest_grad_norm = max(self._largest_grad_norm, total)
        self.optimizer.keep_previous = self.probes and lr * max(self._largest_grad_norm, 1.0) > UPDATE_OVERFLOW_RISK
        self.optimizer.step(lr)
        self.step += 1
        if self.probes:
            if not self._record(loss, total, lr, sq, sample):
                self._undo_update()
                return math.inf
        else:
            self.history.append(self.step, (loss, total, lr))
        return loss

    def _weights_finite(self) -> bool:
        return all(np.isfinite(value).all() for _, value, _ in self.params)

    def _undo_update(self) -> None:
        """Put the weights back to before the last update, which made them (or a probe) non-finite
        (kept whenever it could: see UPDATE_OVERFLOW_RISK)."""
        if self.optimizer.can_undo:
            self.optimizer.undo_values()
            self.step -= 1

    def _record(self, loss: float, total: float, lr: float, sq: list[float], sample: bool) -> bool:
        """Append the step's row; False (and nothing appended) if a probe is infinite or, on a
        sampled step, the weights are not finite.  (NaN alone is no sign: grad_spread is NaN for a
        one-unit layer.)"""
        row = [loss, total, lr]
        weights_finite = True
        if sample:
            updates = self.optimizer.update_sq_norms()
            self.optimizer.track_updates = False
        for i, layer in enumerate(self.probed):
            stats = self._sampled[i]
            if sample:
                layer.probe_source.record_activations = False
                w = layer.params["W"].ravel()
                wi = self._weight_index[i]
                stats[:4] = layer.probe_source.act_stats
                w_norm = math.sqrt(sq_norm(w))
                weights_finite = weights_finite and math.isfinite(w_norm)
                stats[4] = math.sqrt(updates[wi]) / w_norm if w_norm > 0 else 0.0
                stats[5] = layer.unit_gradient_spread()
            row.append(math.sqrt(sq[self._weight_index[i]]))
            row.append(math.sqrt(layer.probe_source.dh_sq))
            row.extend(stats)
        if not weights_finite or any(map(math.isinf, row)):
            return False
        if sample and self.parameter_history is not None:
            self.parameter_history.append(self.step, self._parameter_values())
        self.history.append(self.step, row)
        return True

    # ------------------------------------------------------------------ evaluation
    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities (classification) or predictions (regression), evaluation mode."""
        with np.errstate(over="ignore", invalid="ignore"):   # near divergence: NaN, not warnings
            logits = self.net.forward(np.ascontiguousarray(x, dtype=self.dtype), False)
            return self.loss.predict(logits)

    def evaluate(self, x: np.ndarray, y: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
        if len(x) == 0:
            return math.nan, math.nan
        logits = self.net.forward(x, False)
        loss = float(self.loss.forward(logits, y))
        return loss, self._accuracy(logits, labels) if self.classification else math.nan

    def _accuracy(self, logits: np.ndarray, labels: np.ndarray) -> float:
        return float(np.mean(self._predicted_labels(logits) == labels))

    def _predicted_labels(self, logits: np.ndarray) -> np.ndarray:
        if logits.shape[1] == 1:
            return (logits[:, 0] > self.loss.one_output_threshold).astype(np.int64)
        return logits.argmax(axis=1)

    def _end_epoch(self) -> None:
        self.epoch += 1
        train_loss = self._epoch_loss_sum / max(self._epoch_seen, 1)
        train_acc = self._epoch_correct / self._epoch_seen if self.classification and self._epoch_seen else math.nan
        val_loss, val_acc = self.evaluate(self.x_val, self.y_val, self.labels_val)
        self.epochs.append(self.step, (self.epoch, train_loss, val_loss, train_acc, val_acc))
        self._epoch_loss_sum = 0.0
        self._epoch_correct = 0
        self._epoch_seen = 0

    # ------------------------------------------------------------------ the loop
    def set_lr(self, lr: float) -> None:
        self.schedule.base_lr = lr

    def set_clip(self, threshold: float) -> None:
        self.clip_threshold = threshold

    def _apply_control(self) -> bool:
        control = self.control
        go_on = control.wait_turn(on_pause=lambda: setattr(self, "status", "paused"))
        # Taken after the wait, so a rate or threshold set while paused applies to the next step.
        lr, clip = control.take_settings()
        if lr is not None:
            self.set_lr(lr)
            self.changes.append((self.step + 1, "lr", lr))
        if clip is not None:
            self.set_clip(clip)
            self.changes.append((self.step + 1, "clip", clip))
        return go_on

    @property
    def finished(self) -> bool:
        return self.step >= self.total_steps or self.status.startswith("diverged")

    def run(self, max_steps: int | None = None,
            callback: Callable[["Trainer"], None] | None = None) -> RunResult:
        """Train until the experiment's length (or ``max_steps`` more steps), a stop request or
        divergence.  ``callback(trainer)`` runs after every step on the calling thread."""
        # Overflow on the way to divergence is expected (exploding gradients are a lesson): it is
        # reported through the status, not as NumPy warnings.
        with np.errstate(over="ignore", invalid="ignore"):
            return self._run(max_steps, callback)

    def _run(self, max_steps: int | None, callback: Callable[["Trainer"], None] | None) -> RunResult:
        if self.status.startswith("diverged"):     # the weights are at the last finite step: stay there
            return self.result()
        end = self.total_steps if max_steps is None else min(self.total_steps, self.step + max_steps)
        control = self.control
        self.status = "running"
        while self.step < end:
            if control.pending:
                if not self._apply_control():
                    self.status = "stopped"
                    break
                self.status = "running"
            xb, yb, labels = self._next_batch()
            loss = self.train_step(xb, yb)
            if not math.isfinite(loss):
                self.status = f"diverged at step {self.step + 1}"
                break
            self.last_loss = loss
            n = len(xb)
            self._epoch_loss_sum += loss * n
            self._epoch_seen += n
            if self.classification:
                self._epoch_correct += int(np.count_nonzero(self._predicted_labels(self._last_logits) == labels))
            if self._batch_pos >= self.batches_per_epoch:
                self._end_epoch()
            if callback is not None:
                callback(self)
        else:
            # Cut short by max_steps: "stopped" (run() again goes on from here), never "paused",
            # which would promise a Resume that has no run behind it.
            self.status = "finished" if self.step >= self.total_steps else "stopped"
        return self.result()

    def result(self) -> RunResult:
        """The final losses and accuracies are those of the weights as they are now: a run that
        ends mid-epoch (a step count, a stop) is evaluated afresh rather than reporting an older epoch."""
        last = self.epochs.last() or {}
        if last.get("step") != self.step and self.step > 0:
            train_loss, train_acc = self.evaluate(self.x_train, self.y_train, self.labels_train)
            val_loss, val_acc = self.evaluate(self.x_val, self.y_val, self.labels_val)
            last = {"train_loss": train_loss, "val_loss": val_loss, "train_acc": train_acc, "val_acc": val_acc}
        return RunResult(
            status=self.status, steps=self.step, epochs=self.epoch,
            train_loss=last.get("train_loss", math.nan), val_loss=last.get("val_loss", math.nan),
            train_acc=last.get("train_acc", math.nan), val_acc=last.get("val_acc", math.nan),
            diagnosis=self.diagnosis(),
        )

    def diagnosis(self) -> Diagnosis:
        return diagnose(self.history.snapshot(), self.layer_activations, self.status, self.probe_names)

    @property
    def layer_activations(self) -> list[str]:
        return [layer.probe_source.activation.name for layer in self.probed]


@dataclass(frozen=True)
class BuildCheck:
    """What ``Trainer(exp)`` checks before it makes the network (``check_build``).  ``dataset`` is
    None when the data was left unloaded (slow to load); ``shape`` and ``parameters`` are None when
    only loading it can tell them (a big CSV file)."""
    dataset: Dataset | None
    shape: DataShape | None
    parameters: int | None    # what the network's initialisation will make (engine.limits.parameter_count)


def check_build(exp: Experiment, load_slow_data: bool = True) -> BuildCheck:
    """Everything ``Trainer(exp)`` checks before it makes the network's weights: the experiment (the
    full validator), its data, the outputs its loss needs and the memory the run would need.  Raises
    what ``Trainer(exp)`` would; cheap beside building a big network (no weights are made), so a
    caller can choose where to build it.  ``Trainer(exp, dataset=check.dataset)`` builds the same
    trainer as ``Trainer(exp)``.

    With ``load_slow_data`` False, data that is not ``quick_to_load`` is left unloaded (a caller that
    must not wait, the window): a generated set is checked from its shape (``shape_from_spec``, the
    same figures), a big CSV file only by the validator (its shape needs the whole file): loading it
    later may still raise."""
    exp = reparse(exp)
    if load_slow_data or quick_to_load(exp.data):
        ds = load_dataset(exp.data)
        shape = ds.shape
    else:
        ds, shape = None, shape_from_spec(exp.data)
        if shape is None:
            return BuildCheck(None, None, None)
    _check_memory(exp, shape)
    return BuildCheck(ds, shape, parameter_count(exp.layers, shape.n_inputs, shape.n_outputs(exp.loss)))


def initial_network(exp: Experiment, shape: DataShape) -> Network:
    """The network ``Trainer(exp)`` starts from on data of this shape: its seeded initial weights, or
    those of ``exp.initial_weights`` (WeightsError if they do not fit).  Needs no data loaded."""
    net = build_network(exp, shape.n_inputs, shape.n_outputs(exp.loss))
    if exp.initial_weights:
        try:
            load_initial_weights(net, exp.initial_weights)
        except WeightsError as exc:
            raise WeightsError(translate("Weights", "initial_weights: {problem}").format(problem=exc)) from None
    return net


def _check_memory(exp: Experiment, shape: DataShape) -> None:
    """Refuse, before allocating it, a run that would need more than this computer's memory."""
    estimate = estimate_memory(exp.layers, shape.n_inputs, shape.n_outputs(exp.loss), shape.n_train, shape.n_val,
                               exp.batch_size, np.dtype(exp.dtype).itemsize)
    budget = memory_budget()
    if estimate.total <= budget:
        return
    parts = {"layers": estimate.parameters, "batch_size": estimate.activations, "data.n_samples": estimate.data}
    field = max(parts, key=parts.get)
    fix = {"layers": translate("Limits", "use fewer or smaller layers"),
           "batch_size": translate("Limits", "use a smaller batch, fewer samples or smaller layers"),
           "data.n_samples": translate("Limits", "use fewer samples")}[field]
    raise SpecError(field, translate("Limits", "this run would need {estimate}, more than the {budget} it may use on "
                                               "this computer; {fix}").format(
        estimate=estimate.describe(), budget=human_bytes(budget), fix=fix))


def layer_label(layer) -> str:
    activation = layer.probe_source.activation.name
    return layer.name if activation == "identity" else f"{layer.name} · {activation}"
