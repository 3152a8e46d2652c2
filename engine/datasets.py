"""Datasets: synthetic 2-D sets, scikit-learn's bundled real sets and CSV import.

``load_dataset(spec)`` is seeded by ``spec.seed``: the same spec gives bit-identical arrays.
Arrays are float64 (the trainer casts them to the experiment's dtype); classification labels
are int64 of shape (n,), regression targets float64 of shape (n, k).

The rows are shuffled with the seed, then the last ``round(n * val_fraction)`` become the
validation split (not stratified).  A CSV file keeps its row order when nothing is split off
(``val_fraction`` 0, or a separate validation file ``val_path``, which replaces the split).  With ``standardize`` the features are shifted and scaled by
the training split's mean and std (a constant column is only shifted); targets are never scaled.

Synthetic sets (``noise`` is the std of Gaussian noise added to the inputs unless said otherwise):

- ``xor``: 2 classes.  Each point lies in a random quadrant, at U(0.1, 1) from both axes;
  class 0 where x*y > 0 (first and third quadrants), class 1 elsewhere.
- ``circles``: 2 classes, points on the circle of radius 1 (class 0) or 0.5 (class 1).
- ``moons``: 2 interleaved half circles as scikit-learn's ``make_moons``: class 0 on
  (cos t, sin t), class 1 on (1 - cos t, 0.5 - sin t), t ~ U(0, pi).
- ``spirals``: ``classes`` arms; arm j is r * (cos a, sin a) with r ~ U(0, 1) and
  a = 2*pi*j/classes + 4*r.
- ``blobs``: ``classes`` Gaussian clusters of std ``noise`` around centres evenly spaced on
  the unit circle.
- ``threshold``: 1 input, x ~ U(-3, 3), label x > 0, each label flipped with probability
  ``min(noise, 0.5)`` (here ``noise`` is label noise, not input noise).
- ``sine`` (regression): x ~ U(-pi, pi), y = sin(x) + N(0, noise).
- ``polynomial`` (regression): x ~ U(-2, 2), y = x**3 - 3*x + N(0, noise) (a cubic with two
  bends, y in [-2, 2] without noise).

Synthetic sets have ``n_samples`` points in total (classes as balanced as the count allows).
Real sets (``iris``, ``wine``, ``breast_cancer``, ``digits``) ship with scikit-learn and are read
from its files (``engine.bundled_sets``, without importing it), never downloaded; ``n_samples``,
``noise`` and ``classes`` are ignored for them.

What a network and the memory check need of a set, its ``DataShape`` (inputs, classes, targets,
training and validation rows), is known from the spec alone for every set but a CSV file
(``shape_from_spec``), so a caller that must not wait can size the network without generating a
million points.  ``quick_to_load`` says whether loading a set takes a few tens of milliseconds at
most (QUICK_LOAD_SAMPLES generated points, QUICK_LOAD_CSV_BYTES of CSV files) or longer.
"""
from __future__ import annotations

import csv
import difflib
import io
import itertools
import math
import operator
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine import limits
from engine.bundled_sets import BUNDLED_SETS, read_bundled
from engine.i18n import translate
from engine.spec import LOSSES, DataSpec, SpecError

MAX_AUTO_CLASSES = 20          # csv "auto": at most this many distinct values make a class column
MIN_CSV_ROWS = 4
# Sets up to these sizes load in about 10 ms (a generated point ~0.35 µs, a CSV byte ~0.12 µs): a window
# may load them while it waits (its check, the runner's and, for a file, its state's: 100 ms in all at
# 100,000 points or 250 kB); bigger ones are loaded away from it.
QUICK_LOAD_SAMPLES = 30_000
QUICK_LOAD_CSV_BYTES = 100_000
TYPE_SAMPLE_ROWS = 200         # rows read to detect a CSV column's type for the preview
_CSV_DELIMITERS = (",", ";", "\t")


class DatasetError(SpecError):
    """A dataset that cannot be loaded: ``DatasetError(field, message)`` where ``field`` is the
    spec field to fix (``data.csv_path``, ``data.target``, ``loss``)."""


@dataclass(frozen=True, eq=False)
class Dataset:
    """A loaded dataset, split into training and validation rows.

    ``n_targets`` is the width of an mse target: ``n_classes`` (one-hot) for classification,
    the number of target columns for regression.
    """
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    task: str                      # "classification" | "regression"
    n_inputs: int
    n_classes: int                 # 0 for regression
    n_targets: int
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]   # () for regression
    name: str

    def n_outputs(self, loss: str) -> int:
        """How many outputs the network needs to train on this dataset with ``loss``."""
        return self.shape.n_outputs(loss)

    @property
    def shape(self) -> "DataShape":
        return DataShape(self.task, self.n_inputs, self.n_classes, self.n_targets, len(self.x_train), len(self.x_val))


@dataclass(frozen=True)
class DataShape:
    """What sizing a network and checking a run's memory need of a dataset: its task, its inputs,
    classes (0 for regression), target width (as ``Dataset.n_targets``) and training and validation
    rows.  ``Dataset.shape`` once loaded; ``shape_from_spec`` before, for every set but a CSV file."""
    task: str
    n_inputs: int
    n_classes: int
    n_targets: int
    n_train: int
    n_val: int

    def n_outputs(self, loss: str) -> int:
        """How many outputs the network needs to train on this dataset with ``loss``."""
        _check_loss_fits(loss, self.n_classes)
        return 1 if one_output_per_label(loss, self.n_classes) else self.n_targets


def one_output_per_label(loss: str, n_classes: int) -> bool:
    """Two classes on one output, its target the label 0 or 1: binary cross-entropy, and half
    squared error (the classic sigmoid unit with E = ½(a − t)²).  mse keeps one-hot targets."""
    return loss == "binary_cross_entropy" or (loss == "half_squared_error" and n_classes == 2)


def _check_loss_fits(loss: str, n_classes: int) -> None:
    if loss in ("cross_entropy", "binary_cross_entropy") and n_classes == 0:
        raise DatasetError("loss", translate("Data", "{loss} needs class labels but this dataset is a regression; use "
                                                     "mse").format(loss=loss))
    if loss == "binary_cross_entropy" and n_classes != 2:
        raise DatasetError("loss", translate("Data", "binary_cross_entropy needs two classes and this dataset has "
                                                     "{count}; use cross_entropy").format(count=n_classes))


def plane_axes(x: np.ndarray, resolution: int, margin: float) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates of a ``resolution`` x ``resolution`` grid over 2-D inputs ``x``: their range plus
    ``margin`` (a fraction of the range; 1 for a constant feature) on each side."""
    low, high = x.min(axis=0), x.max(axis=0)
    pad = (high - low) * margin
    pad = np.where(pad > 0, pad, 1.0)
    return (np.linspace(low[0] - pad[0], high[0] + pad[0], resolution),
            np.linspace(low[1] - pad[1], high[1] + pad[1], resolution))


def targets_for(loss: str, y: np.ndarray, n_classes: int) -> np.ndarray:
    """``y`` as the loss wants it: int labels (n,) for cross_entropy, float (n, 1) in {0, 1} for
    binary_cross_entropy (and half_squared_error on two classes), one-hot float (n, n_classes) for
    the squared errors on classification, else ``y``."""
    _check_loss_fits(loss, n_classes)
    if loss == "cross_entropy" or n_classes == 0:
        return y
    if one_output_per_label(loss, n_classes):
        return y.astype(np.float64).reshape(-1, 1)
    return np.eye(n_classes, dtype=np.float64)[y]


def losses_for_dataset(dataset: Dataset | DataShape) -> tuple[str, ...]:
    """The losses that fit a loaded dataset (or its shape: what ``spec.losses_for`` cannot know of a
    CSV whose task is detected from its target column): mse for regression; cross_entropy and mse for
    classes, and binary_cross_entropy too when there are two."""
    if dataset.task == "regression":
        return ("mse",)
    return LOSSES if dataset.n_classes == 2 else ("cross_entropy", "mse")


def loss_mismatch(loss: str, dataset: Dataset | DataShape, target: str | None) -> SpecError | None:
    """Why ``loss`` cannot train on ``dataset`` (a SpecError on "loss" naming the fix), or None."""
    if loss in losses_for_dataset(dataset):
        return None
    column = (translate("Data", "the target column {name}").format(name=repr(target)) if target
              else translate("Data", "the target"))
    if dataset.task == "regression":
        return SpecError("loss", translate("Data", "{column} holds numbers, so this is a regression task: use loss "
                                                   "'mse' (or set data.task to classification if the numbers are class "
                                                   "labels)").format(column=column))
    return SpecError("loss", translate("Data", "binary_cross_entropy needs two classes and {column} has {count}; use "
                                               "cross_entropy").format(column=column, count=dataset.n_classes))


# ----------------------------------------------------------------------------- loading

def load_dataset(spec: DataSpec) -> Dataset:
    rng = np.random.default_rng(spec.seed)
    if spec.name == "csv":
        raw = _load_csv(spec)
    elif spec.name in BUNDLED_SETS:
        raw = _load_bundled(spec.name)
    elif spec.name in _SYNTHETIC:
        raw = _SYNTHETIC[spec.name](spec, rng)
    else:
        raise DatasetError("data.name", translate("Data", "unknown dataset {name}").format(name=repr(spec.name)))
    return _split(raw, spec, rng)


@dataclass(frozen=True)
class _Raw:
    """A whole dataset before the train/validation split."""
    x: np.ndarray
    y: np.ndarray
    n_classes: int
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]
    name: str
    val: tuple[np.ndarray, np.ndarray] | None = None   # a separate validation file's (x, y)


def _validation_rows(n: int, val_fraction: float) -> int:
    """Rows of ``n`` split off for validation: at least one row is kept for training."""
    return min(int(round(n * val_fraction)), n - 1)


def _split(raw: _Raw, spec: DataSpec, rng: np.random.Generator) -> Dataset:
    n = len(raw.x)
    if raw.val is not None:           # a separate validation file: every row of the main file trains
        x_train, y_train = raw.x, raw.y
        x_val, y_val = raw.val
    else:
        n_val = _validation_rows(n, spec.val_fraction)
        # A file's rows keep their order when nothing is split off; generated sets are shuffled
        # as they always were (their runs stay bit-identical).
        order = np.arange(n) if spec.name == "csv" and n_val == 0 else rng.permutation(n)
        train, val = order[:n - n_val], order[n - n_val:]
        x_train, x_val = raw.x[train], raw.x[val]
        y_train, y_val = raw.y[train], raw.y[val]
    if spec.standardize:
        mean = x_train.mean(axis=0)
        std = x_train.std(axis=0)
        std[std < 1e-12] = 1.0      # a constant column: centre it, do not divide by ~0
        x_train = (x_train - mean) / std
        x_val = (x_val - mean) / std
    classification = raw.n_classes > 0
    return Dataset(
        x_train=x_train, y_train=y_train, x_val=x_val, y_val=y_val,
        task="classification" if classification else "regression",
        n_inputs=raw.x.shape[1], n_classes=raw.n_classes,
        n_targets=raw.n_classes if classification else raw.y.shape[1],
        feature_names=raw.feature_names, class_names=raw.class_names, name=raw.name,
    )


# ----------------------------------------------------------------------------- synthetic sets

def _balanced_labels(n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    return rng.permutation(np.arange(n) % k).astype(np.int64)


def _classes_2d(name: str, x: np.ndarray, y: np.ndarray, k: int) -> _Raw:
    return _Raw(x, y, k, ("x1", "x2"), tuple(f"class {i}" for i in range(k)), name)


def _xor(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n = spec.n_samples
    signs = rng.choice([-1.0, 1.0], size=(n, 2))
    x = signs * rng.uniform(0.1, 1.0, size=(n, 2)) + rng.normal(0.0, spec.noise, size=(n, 2))
    y = (signs[:, 0] != signs[:, 1]).astype(np.int64)
    return _classes_2d("xor", x, y, 2)


def _circles(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n = spec.n_samples
    y = _balanced_labels(n, 2, rng)
    angle = rng.uniform(0.0, 2 * math.pi, size=n)
    radius = np.where(y == 0, 1.0, 0.5)
    x = radius[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    return _classes_2d("circles", x + rng.normal(0.0, spec.noise, size=(n, 2)), y, 2)


def _moons(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n = spec.n_samples
    y = _balanced_labels(n, 2, rng)
    t = rng.uniform(0.0, math.pi, size=n)
    outer = np.column_stack([np.cos(t), np.sin(t)])
    inner = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    x = np.where((y == 0)[:, None], outer, inner)
    return _classes_2d("moons", x + rng.normal(0.0, spec.noise, size=(n, 2)), y, 2)


def _spirals(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n, k = spec.n_samples, spec.classes
    y = _balanced_labels(n, k, rng)
    r = rng.uniform(0.0, 1.0, size=n)
    angle = 2 * math.pi * y / k + 4.0 * r
    x = r[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    return _classes_2d("spirals", x + rng.normal(0.0, spec.noise, size=(n, 2)), y, k)


def _blobs(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n, k = spec.n_samples, spec.classes
    y = _balanced_labels(n, k, rng)
    centre_angle = 2 * math.pi * np.arange(k) / k
    centres = np.column_stack([np.cos(centre_angle), np.sin(centre_angle)])
    return _classes_2d("blobs", centres[y] + rng.normal(0.0, spec.noise, size=(n, 2)), y, k)


def _threshold(spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n = spec.n_samples
    x = rng.uniform(-3.0, 3.0, size=(n, 1))
    flip = rng.random(n) < min(spec.noise, 0.5)
    y = ((x[:, 0] > 0) != flip).astype(np.int64)
    return _Raw(x, y, 2, ("x",), ("x <= 0", "x > 0"), "threshold")


def _curve(name: str, low: float, high: float, f, spec: DataSpec, rng: np.random.Generator) -> _Raw:
    n = spec.n_samples
    x = rng.uniform(low, high, size=(n, 1))
    y = f(x) + rng.normal(0.0, spec.noise, size=(n, 1))
    return _Raw(x, y, 0, ("x",), (), name)


_SYNTHETIC = {
    "xor": _xor, "circles": _circles, "moons": _moons, "spirals": _spirals, "blobs": _blobs,
    "threshold": _threshold,
    "sine": lambda spec, rng: _curve("sine", -math.pi, math.pi, np.sin, spec, rng),
    "polynomial": lambda spec, rng: _curve("polynomial", -2.0, 2.0, lambda x: x ** 3 - 3.0 * x, spec, rng),
}


# ----------------------------------------------------------------------------- scikit-learn's bundled sets

def _load_bundled(name: str) -> _Raw:
    try:
        x, y, feature_names, class_names = read_bundled(name)
    except OSError as exc:
        raise DatasetError("data.name", translate("Data", "cannot read the {name} data set: {reason}").format(
            name=name, reason=exc.strerror or exc)) from None
    return _Raw(x, y, len(class_names), feature_names, class_names, name)


# ----------------------------------------------------------------------------- shapes, before loading

# Generated sets: inputs, and classes (None: ``spec.classes``; 0: regression).
_GENERATED_SHAPES = {"xor": (2, 2), "circles": (2, 2), "moons": (2, 2), "spirals": (2, None), "blobs": (2, None),
                     "threshold": (1, 2), "sine": (1, 0), "polynomial": (1, 0)}


def shape_from_spec(spec: DataSpec) -> DataShape | None:
    """The shape ``load_dataset(spec)`` would give, without loading anything; None for a CSV file
    (only reading it tells its classes and rows) and for an unknown set (loading names the problem)."""
    if spec.name in _GENERATED_SHAPES:
        n_inputs, n_classes = _GENERATED_SHAPES[spec.name]
        n_classes = spec.classes if n_classes is None else n_classes
        n = spec.n_samples
    elif spec.name in BUNDLED_SETS:
        bundled = BUNDLED_SETS[spec.name]
        n_inputs, n_classes, n = bundled.n_features, bundled.n_classes, bundled.n_rows
    else:
        return None
    n_val = _validation_rows(n, spec.val_fraction)
    return DataShape("classification" if n_classes else "regression", n_inputs, n_classes, n_classes or 1,
                     n - n_val, n_val)


def quick_to_load(spec: DataSpec) -> bool:
    """Whether ``load_dataset(spec)`` takes a few tens of milliseconds at most: a generated set of
    up to QUICK_LOAD_SAMPLES points, CSV files of up to QUICK_LOAD_CSV_BYTES together, a bundled
    set; or a set whose loading fails at once (a missing file, an unknown name)."""
    if spec.name == "csv":
        return sum(_file_size(path) for path in (spec.csv_path, spec.val_path)) <= QUICK_LOAD_CSV_BYTES
    if spec.name in _GENERATED_SHAPES:
        return spec.n_samples <= QUICK_LOAD_SAMPLES
    return True


def _file_size(path: str | None) -> int:
    try:
        return os.stat(path).st_size if path else 0
    except OSError:
        return 0       # loading reports it, at once


def checked_shape(spec: DataSpec) -> DataShape | DatasetError:
    """Load the set and return its shape, or the DatasetError that says why it cannot be loaded:
    for a background job (``workbench.runner.BackgroundCall``) that must hand the problem back with
    its field (a raised error would reach the window as text only)."""
    try:
        return load_dataset(spec).shape
    except DatasetError as exc:
        return exc.with_traceback(None)


# ----------------------------------------------------------------------------- CSV import

@dataclass(frozen=True)
class CsvTable:
    """A CSV file read and checked: its column names and (line in the file, cells) of every
    non-blank data row; the header's line counts, as do blank lines."""
    columns: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a CSV file and each column's detected type ("number" or "text")."""
    columns: list[str]
    types: list[str]
    rows: list[list[str]]


def read_csv_header(path: str) -> list[str]:
    """The column names of a CSV file (for choosing the target), with the same errors as loading."""
    return preview_csv(path, 0).columns


def preview_csv(path: str, n_rows: int = 5, field: str = "data.csv_path") -> CsvPreview:
    """The header, the first ``n_rows`` data rows and the column types, read from the start of the
    file only (fast for any file).  A column is "number" when its first TYPE_SAMPLE_ROWS non-empty
    cells are all finite numbers."""
    table = _read_table(path, field, max_rows=max(n_rows, TYPE_SAMPLE_ROWS))
    types = []
    for index in range(len(table.columns)):
        cells = [cells[index] for _, cells in table.rows if cells[index]]
        types.append("number" if cells and all(_number(c) is not None for c in cells) else "text")
    return CsvPreview(table.columns, types, [cells for _, cells in table.rows[:n_rows]])


def _open_csv(path: str | None, field: str):
    if not path:
        raise DatasetError(field, translate("Data", "no file chosen; set {field} to a .csv file").format(
            field=field.split(".")[-1]))
    cannot_read = translate("Data", "cannot read {path}: {reason}")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DatasetError(field, translate("Data", "{path} does not exist; choose an existing .csv file").format(
            path=path)) from None
    except OSError as exc:
        raise DatasetError(field, cannot_read.format(path=path, reason=exc.strerror)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DatasetError(field, translate("Data", "{path} is a folder; choose a .csv file").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise DatasetError(field, translate("Data", "{path} is not a regular file (a pipe or a device); choose a .csv "
                                                    "file").format(path=path))
    if info.st_size > limits.MAX_CSV_BYTES:
        raise DatasetError(field, translate("Data", "{path} is {size}; a CSV file may be at most {limit}: use a sample "
                                                    "of its rows").format(
            path=path, size=limits.human_bytes(info.st_size), limit=limits.human_bytes(limits.MAX_CSV_BYTES)))
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark
        return open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise DatasetError(field, cannot_read.format(path=path, reason=exc.strerror)) from None


def _read_table(path: str | None, field: str, max_rows: int | None = None) -> CsvTable:
    """Header and data rows (all, or the first ``max_rows``); one pass, linear in the file's size.
    The separator is the one used most in the header line: ',' unless ';' or a tab (spreadsheets
    in many locales save ';'-separated "CSV")."""
    with _open_csv(path, field) as f:
        try:
            text = f.read() if max_rows is None else "".join(itertools.islice(f, max_rows * 4 + 64))
        except UnicodeDecodeError:
            raise DatasetError(field, translate("Data", "{path} is not UTF-8 text; save it as CSV (UTF-8)").format(
                path=path)) from None
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text), delimiter=max(_CSV_DELIMITERS, key=first_line.count))
    header, rows, previous_end = None, [], 0
    try:
        for cells in reader:
            first, last = previous_end + 1, reader.line_num
            previous_end = last
            joined = "".join(cells)      # one string to look at: per-cell checks took a third of a big file's read
            if not joined.strip():
                continue    # blank lines, often at the end of the file (or before the header)
            if "\n" in joined or "\r" in joined:
                raise DatasetError(field, translate("Data", "row {first}: a quoted cell runs on over several lines "
                                                            "(to row {last}); usually a quote (\") that is never "
                                                            "closed: close or remove it").format(first=first, last=last))
            if header is None:
                header = _checked_header(cells, last, path, field)
                continue
            if len(cells) != len(header):
                raise DatasetError(field, translate("Data", "row {row} has {cells} cells but the header has {columns} "
                                                            "columns; every row needs one cell per column").format(
                    row=last, cells=len(cells), columns=len(header)))
            rows.append((last, list(map(str.strip, cells))))
            if max_rows is not None and len(rows) >= max_rows:
                break
            if len(rows) > limits.MAX_SAMPLES:
                raise DatasetError(field, translate("Data", "{path} has more than {maximum} data rows; use a sample of "
                                                            "them").format(path=path, maximum=f"{limits.MAX_SAMPLES:,}"))
    except csv.Error as exc:
        raise DatasetError(field, translate("Data", "{path} is not a readable CSV file near row {row} ({problem})").format(
            path=path, row=reader.line_num, problem=exc)) from None
    if header is None:
        raise DatasetError(field, translate("Data", "{path} is empty; it needs a header row of column names followed by "
                                                    "data rows").format(path=path))
    return CsvTable(header, rows)


def _checked_header(cells: list[str], line: int, path: str, field: str) -> list[str]:
    names = [cell.strip() for cell in cells]
    if len(names) > limits.MAX_CSV_COLUMNS:
        raise DatasetError(field, translate("Data", "{path} has {count} columns; at most {maximum} are supported").format(
            path=path, count=f"{len(names):,}", maximum=f"{limits.MAX_CSV_COLUMNS:,}"))
    seen: set[str] = set()
    for i, name in enumerate(names):
        if not name:
            raise DatasetError(field, translate("Data", "column {column} of the header (row {row}) has no name; give "
                                                        "every column a name").format(column=i + 1, row=line))
        if name in seen:
            raise DatasetError(field, translate("Data", "column name {name} appears twice in the header row; give every "
                                                        "column a different name").format(name=repr(name)))
        seen.add(name)
    return names


def _number(cell: str) -> float | None:
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numeric_columns(rows, indices: list[int], names: list[str], why: str, field: str) -> np.ndarray:
    """The cells of these columns as a float array (rows x columns); the first bad cell is named."""
    try:
        cells_of = operator.itemgetter(*indices)     # one cell, or a tuple of them
        values = np.array([cells_of(cells) for _, cells in rows], dtype=np.float64)
        if np.isfinite(values).all():
            return values.reshape(len(rows), len(indices))
    except ValueError:
        pass    # find the cell below
    for line, cells in rows:
        for index, name in zip(indices, names):
            if _number(cells[index]) is None:
                shown = (translate("Data", "an empty cell") if not cells[index]
                         else translate("Data", "{value}, not a finite number").format(value=repr(cells[index])))
                raise DatasetError(field, translate("Data", "row {row}, column {name}: {problem}; {fix}").format(
                    row=line, name=repr(name), problem=shown, fix=why))
    raise AssertionError("a cell failed to convert but none is bad")


def _column_index(table: CsvTable, name: str, field: str, path: str) -> int:
    try:
        return table.columns.index(name)
    except ValueError:
        nearest = difflib.get_close_matches(name or "", table.columns, n=1, cutoff=0.5)
        shown = ", ".join(table.columns[:20]) + (", ..." if len(table.columns) > 20 else "")
        if nearest:
            message = translate("Data", "no column named {name} in {path}; the columns are {columns}; did you mean "
                                        "{nearest}?").format(name=repr(name), path=path, columns=shown,
                                                             nearest=repr(nearest[0]))
        else:
            message = translate("Data", "no column named {name} in {path}; the columns are {columns}").format(
                name=repr(name), path=path, columns=shown)
        raise DatasetError(field, message) from None


def _load_csv(spec: DataSpec) -> _Raw:
    path = spec.csv_path
    table = _read_table(path, "data.csv_path")
    no_rows = translate("Data", "{path} has a header row but no data rows")
    target_index = _column_index(table, spec.target, "data.target", path)
    if not table.rows:
        raise DatasetError("data.csv_path", no_rows.format(path=path))
    if len(table.rows) < MIN_CSV_ROWS:
        raise DatasetError("data.csv_path", translate("Data", "{path} has only {count} data rows; at least {minimum} "
                                                              "are needed to train and validate").format(
            path=path, count=len(table.rows), minimum=MIN_CSV_ROWS))
    if spec.features:
        feature_names = tuple(spec.features)
        for name in feature_names:
            if name == spec.target:
                raise DatasetError("data.features", translate("Data", "{name} is the target; it cannot be an input "
                                                                      "too").format(name=repr(name)))
            _column_index(table, name, "data.features", path)
    else:
        feature_names = tuple(name for name in table.columns if name != spec.target)
    if not feature_names:
        raise DatasetError("data.target", translate("Data", "{name} is the only column; the file needs input columns "
                                                            "too").format(name=repr(spec.target)))
    val_table = _read_table(spec.val_path, "data.val_path") if spec.val_path else None
    if val_table is not None and not val_table.rows:
        raise DatasetError("data.val_path", no_rows.format(path=spec.val_path))
    why = translate("Data", "the input columns must be numbers: fix the cell, or leave the column out of the features")
    tables = [(table, "data.csv_path")] + ([(val_table, "data.val_path")] if val_table else [])
    xs, targets = [], []
    for part, field in tables:
        where = spec.csv_path if part is table else spec.val_path
        indices = [_column_index(part, name, field, where) for name in feature_names]
        xs.append(_numeric_columns(part.rows, indices, list(feature_names), why, field))
        t = _column_index(part, spec.target, field, where)
        for line, cells in part.rows:
            if not cells[t]:
                raise DatasetError(field, translate("Data", "row {row}, column {name}: an empty target cell; every row "
                                                            "needs a target value: fill it in or remove the row").format(
                    row=line, name=repr(spec.target)))
        targets.append([cells[t] for _, cells in part.rows])
    name = Path(path).stem
    n_train = len(table.rows)
    all_targets = [t for part in targets for t in part]
    if _is_classification(all_targets, spec.task):
        y, class_names = _encode_classes(all_targets)
        if len(class_names) < 2:
            raise DatasetError("data.target", translate("Data", "column {name} has a single value {value}; "
                                                                "classification needs at least two classes").format(
                name=repr(spec.target), value=repr(class_names[0])))
        n_classes = len(class_names)
    else:
        why = translate("Data", "a regression target must be numeric: fix the cell, or set task to classification")
        y = np.concatenate([_numeric_columns(part.rows, [_column_index(part, spec.target, field, "")],
                                             [spec.target], why, field)
                            for part, field in tables])
        class_names, n_classes = (), 0
    x = np.concatenate(xs)
    val = (x[n_train:], y[n_train:]) if val_table is not None else None
    return _Raw(x[:n_train], y[:n_train], n_classes, feature_names, class_names, name, val)


def _is_classification(targets: list[str], task: str) -> bool:
    if task != "auto":
        return task == "classification"
    numbers = [_number(t) for t in targets]
    all_integers = all(v is not None and v.is_integer() for v in numbers)
    all_text = all(v is None and t for v, t in zip(numbers, targets))
    return (all_integers or all_text) and len(set(targets)) <= MAX_AUTO_CLASSES


def _encode_classes(targets: list[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Labels 0..k-1 for the distinct values in sorted order: numerically when every value is a
    number (so 2 < 10, and "1" and "1.0" are one class), else as text."""
    numbers = [_number(t) for t in targets]
    if all(v is not None for v in numbers):
        keys: list = numbers
        names = {v: (str(int(v)) if v.is_integer() else repr(v)) for v in numbers}
    else:
        keys = targets
        names = {t: t for t in targets}
    distinct = sorted(set(keys))
    index = {key: i for i, key in enumerate(distinct)}
    labels = np.fromiter((index[key] for key in keys), dtype=np.int64, count=len(keys))
    return labels, tuple(names[key] for key in distinct)
