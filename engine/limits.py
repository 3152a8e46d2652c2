"""Sane bounds on every size an experiment can ask for, and the memory it would need.

The bounds keep a hostile or mistyped file from hanging or crashing the program (a 1e308-unit
layer, a 50 MB file of two million layers, a nesting 100,000 deep): they are far above anything a
learning experiment needs.  ``check_memory`` estimates, before anything big is allocated, what the
network, its optimizer, a batch's activations, evaluation and the data set would take, and refuses
a run that would need more than this computer's memory, saying how much and what to change.
"""
from __future__ import annotations

import os

from engine.i18n import translate

MAX_EXPERIMENT_BYTES = 1_000_000     # an experiment file (a 100-layer net is ~30 kB)
MAX_JSON_DEPTH = 20                  # nesting of objects and lists (an experiment needs 6)
MAX_LAYERS = 100                     # every layer, residual insides included
MAX_UNITS = 100_000                  # units of one dense layer
MAX_CLASSES = 1_000                  # spiral arms / blob centres
MIN_CLASSES = 2
MAX_SAMPLES = 1_000_000              # generated data points
MIN_SAMPLES = 4                      # enough for a training and a validation split
MAX_NOISE = 1_000.0
MAX_INIT_SCALE = 1e30                # init std, limit, value, gain: initial weights fit float32 (3.4e38)
# Whole numbers the window's number boxes show must fit their 32 bits.
MAX_STEPS = 2**31 - 1                # steps, probe_every, and step counts of schedules
MAX_EPOCHS = 10**9
MAX_BATCH_SIZE = 10**9               # anything at least the training set size means full batch
MAX_SEED = 2**31 - 1
MAX_TEXT_CHARS = 4_096                # a name, a target column, a file path
MAX_DESCRIPTION_CHARS = 10_000       # an experiment's description (a preset's is ~700)
MAX_CSV_BYTES = 20_000_000           # a CSV file (about 200,000 rows of 10 numbers)
MAX_CSV_COLUMNS = 100_000
FALLBACK_MEMORY_BYTES = 8 * 2**30    # when the computer's memory cannot be read
MEMORY_SHARE = 0.8                   # of the physical memory, at most, for one run


def physical_memory() -> int:
    """This computer's memory in bytes (FALLBACK_MEMORY_BYTES where it cannot be read)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, OSError, ValueError):
        return FALLBACK_MEMORY_BYTES


def memory_budget() -> int:
    return int(physical_memory() * MEMORY_SHARE)


def human_bytes(n: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB", "TB", "PB"):
        if n < 1000 or unit == "PB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")


class MemoryEstimate:
    """Bytes a run needs, by part: ``parameters`` (values, gradients, optimizer state, the copies
    a step keeps), ``activations`` (the forward and backward pass of the largest pass: a batch,
    evaluation of the whole training set, or the decision-boundary grid) and ``data``."""

    # Arrays kept per parameter: value, gradient, up to three optimizer state arrays (Adam with
    # amsgrad, centred RMSprop with momentum) and the update buffer.
    ARRAYS_PER_PARAMETER = 6
    # Arrays kept per activation value: pre-activation, activation, the gradient flowing back,
    # and a dropout mask or batch-norm normalised copy.
    ARRAYS_PER_ACTIVATION = 4
    # Copies of the data: the raw float64 set, the split, the standardised split, the trainer's
    # dtype copy and its target encoding.
    DATA_COPIES = 4
    BOUNDARY_POINTS = 80 * 80

    def __init__(self, parameters: int, activations: int, data: int):
        self.parameters, self.activations, self.data = parameters, activations, data

    @property
    def total(self) -> int:
        return self.parameters + self.activations + self.data

    def describe(self) -> str:
        return translate("Limits", "about {total} of memory (weights and optimizer state {parameters}, activations "
                                   "{activations}, data {data})").format(
            total=human_bytes(self.total), parameters=human_bytes(self.parameters),
            activations=human_bytes(self.activations), data=human_bytes(self.data))


def estimate_memory(layers, n_inputs: int, n_outputs: int, n_train: int, n_val: int,
                    batch_size: int, itemsize: int) -> MemoryEstimate:
    """What a run of these layer specs (``Experiment.layers``) on this data would need."""
    parameters, widths = _shape(layers, n_inputs, n_outputs)
    batch = n_train if batch_size == 0 else min(batch_size, n_train)
    largest_pass = max(batch, n_train, n_val, MemoryEstimate.BOUNDARY_POINTS)
    activations = largest_pass * (n_inputs + sum(widths)) * MemoryEstimate.ARRAYS_PER_ACTIVATION * itemsize
    data = (n_train + n_val) * (n_inputs + n_outputs) * (MemoryEstimate.DATA_COPIES * 8 + itemsize)
    return MemoryEstimate(parameters * MemoryEstimate.ARRAYS_PER_PARAMETER * itemsize, activations, data)


def parameter_count(layers, n_inputs: int, n_outputs: int) -> int:
    """How many numbers the network of these layer specs holds (weights, biases, batch-norm
    statistics): what its initialisation has to make."""
    return _shape(layers, n_inputs, n_outputs)[0]


def _shape(layers, n_inputs: int, n_outputs: int) -> tuple[int, list[int]]:
    """(parameters, the output width of every layer, the output layer's last)."""
    widths: list[int] = []
    parameters = _count(layers, n_inputs, widths)
    width = widths[-1] if widths else n_inputs
    widths.append(n_outputs)
    return parameters + width * n_outputs + n_outputs, widths


def _count(layers, width: int, widths: list[int]) -> int:
    """Parameters of ``layers`` fed ``width`` features; appends each layer's output width."""
    total = 0
    for spec in layers:
        kind = spec.type
        if kind == "dense":
            total += width * spec.units + spec.units
            width = spec.units
        elif kind == "batchnorm":
            total += 4 * width            # weight, bias and the two running statistics
        elif kind == "residual":
            inner_width_before = width
            total += _count(spec.layers, width, widths)
            width = widths[-1]
            if width != inner_width_before:
                total += inner_width_before * width + width   # the projection
        widths.append(width)
    return total
