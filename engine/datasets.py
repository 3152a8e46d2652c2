"""Datasets: synthetic 2-D sets, scikit-learn's bundled real sets and CSV import.

``load_dataset(spec)`` is seeded by ``spec.seed``: the same spec gives bit-identical arrays.
Arrays are float64 (the trainer casts them to the experiment's dtype); classification labels
are int64 of shape (n,), regression targets float64 of shape (n, k).

The rows are shuffled with the seed, then the last ``round(n * val_fraction)`` become the
validation split (not stratified).  With ``standardize`` the features are shifted and scaled by
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
from disk, never downloaded; ``n_samples``, ``noise`` and ``classes`` are ignored for them.
"""
from __future__ import annotations

import csv
import difflib
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.spec import DataSpec, SpecError

MAX_AUTO_CLASSES = 20          # csv "auto": at most this many distinct values make a class column
MIN_CSV_ROWS = 4
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
        _check_loss_fits(loss, self.n_classes)
        return 1 if one_output_per_label(loss, self.n_classes) else self.n_targets


def one_output_per_label(loss: str, n_classes: int) -> bool:
    """Two classes on one output, its target the label 0 or 1: binary cross-entropy, and half
    squared error (the classic sigmoid unit with E = ½(a − t)²).  mse keeps one-hot targets."""
    return loss == "binary_cross_entropy" or (loss == "half_squared_error" and n_classes == 2)


def _check_loss_fits(loss: str, n_classes: int) -> None:
    if loss in ("cross_entropy", "binary_cross_entropy") and n_classes == 0:
        raise DatasetError("loss", f"{loss} needs class labels but this dataset is a regression; use mse")
    if loss == "binary_cross_entropy" and n_classes != 2:
        raise DatasetError("loss", f"binary_cross_entropy needs two classes and this dataset has {n_classes}; "
                                   "use cross_entropy")


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


# ----------------------------------------------------------------------------- loading

def load_dataset(spec: DataSpec) -> Dataset:
    rng = np.random.default_rng(spec.seed)
    if spec.name == "csv":
        raw = _load_csv(spec)
    elif spec.name in _SKLEARN_LOADERS:
        raw = _load_sklearn(spec.name)
    elif spec.name in _SYNTHETIC:
        raw = _SYNTHETIC[spec.name](spec, rng)
    else:
        raise DatasetError("data.name", f"unknown dataset {spec.name!r}")
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


def _split(raw: _Raw, spec: DataSpec, rng: np.random.Generator) -> Dataset:
    n = len(raw.x)
    order = rng.permutation(n)
    n_val = min(int(round(n * spec.val_fraction)), n - 1)   # keep at least one training row
    train, val = order[:n - n_val], order[n - n_val:]
    x_train, x_val = raw.x[train], raw.x[val]
    if spec.standardize:
        mean = x_train.mean(axis=0)
        std = x_train.std(axis=0)
        std[std < 1e-12] = 1.0      # a constant column: centre it, do not divide by ~0
        x_train = (x_train - mean) / std
        x_val = (x_val - mean) / std
    classification = raw.n_classes > 0
    return Dataset(
        x_train=x_train, y_train=raw.y[train], x_val=x_val, y_val=raw.y[val],
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

_SKLEARN_LOADERS = {
    "iris": "load_iris", "wine": "load_wine", "breast_cancer": "load_breast_cancer", "digits": "load_digits",
}


def _load_sklearn(name: str) -> _Raw:
    import sklearn.datasets  # deferred: importing scikit-learn is slow and synthetic sets do not need it

    bunch = getattr(sklearn.datasets, _SKLEARN_LOADERS[name])()
    class_names = tuple(str(c) for c in bunch.target_names)
    return _Raw(np.asarray(bunch.data, dtype=np.float64), np.asarray(bunch.target, dtype=np.int64),
                len(class_names), tuple(str(f) for f in bunch.feature_names), class_names, name)


# ----------------------------------------------------------------------------- CSV import

def read_csv_header(path: str) -> list[str]:
    """The column names of a CSV file (for choosing the target), with the same errors as loading."""
    with _open_csv(path) as f:
        return _read_header(csv.reader(f, delimiter=_sniff_delimiter(f)), path)


def _open_csv(path: str | None):
    if not path:
        raise DatasetError("data.csv_path", "no file chosen; set csv_path to a .csv file")
    file = Path(path)
    if not file.is_file():
        what = "is a folder" if file.is_dir() else "does not exist"
        raise DatasetError("data.csv_path", f"{path} {what}; choose an existing .csv file")
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark
        return open(file, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise DatasetError("data.csv_path", f"cannot read {path}: {exc.strerror}") from None


def _sniff_delimiter(f) -> str:
    """The separator used in the header line: ',' unless ';' or a tab is more frequent
    (spreadsheets in many locales save ';'-separated "CSV")."""
    try:
        first_line = f.readline()
    except UnicodeDecodeError:
        raise DatasetError("data.csv_path", f"{f.name} is not UTF-8 text; save it as CSV (UTF-8)") from None
    f.seek(0)
    return max(_CSV_DELIMITERS, key=first_line.count)


def _read_header(reader, path: str) -> list[str]:
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise DatasetError("data.csv_path", f"{path} is not a readable CSV file ({exc})") from None
    if header is None or not any(cell.strip() for cell in header):
        raise DatasetError("data.csv_path", f"{path} is empty; it needs a header row of column names "
                                            "followed by data rows")
    names = [cell.strip() for cell in header]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise DatasetError("data.csv_path", f"column name {name!r} appears twice in the header row; "
                                                "give every column a different name")
    return names


def _read_rows(path: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number in the file, cells) of every non-blank data row."""
    with _open_csv(path) as f:
        reader = csv.reader(f, delimiter=_sniff_delimiter(f))
        header = _read_header(reader, path)
        rows = []
        try:
            for cells in reader:
                if not any(cell.strip() for cell in cells):
                    continue    # blank lines, often at the end of the file
                if len(cells) != len(header):
                    raise DatasetError("data.csv_path", f"row {reader.line_num} has {len(cells)} cells but the "
                                                        f"header has {len(header)} columns; every row needs one "
                                                        "cell per column")
                rows.append((reader.line_num, [cell.strip() for cell in cells]))
        except (csv.Error, UnicodeDecodeError) as exc:
            raise DatasetError("data.csv_path", f"{path} is not a readable CSV file near row "
                                                f"{reader.line_num} ({exc})") from None
    return header, rows


def _number(cell: str) -> float | None:
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numeric_column(rows, index: int, column: str, why: str) -> np.ndarray:
    values = np.empty(len(rows), dtype=np.float64)
    for i, (line, cells) in enumerate(rows):
        value = _number(cells[index])
        if value is None:
            shown = "an empty cell" if not cells[index] else f"{cells[index]!r}, not a finite number"
            raise DatasetError("data.csv_path", f"row {line}, column {column!r}: {shown}; {why}")
        values[i] = value
    return values


def _load_csv(spec: DataSpec) -> _Raw:
    path = spec.csv_path
    header, rows = _read_rows(path)
    if spec.target not in header:
        nearest = difflib.get_close_matches(spec.target or "", header, n=1, cutoff=0.5)
        hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
        raise DatasetError("data.target", f"no column named {spec.target!r}; the columns are "
                                          f"{', '.join(header)}{hint}")
    if not rows:
        raise DatasetError("data.csv_path", f"{path} has a header row but no data rows")
    if len(rows) < MIN_CSV_ROWS:
        raise DatasetError("data.csv_path", f"{path} has only {len(rows)} data rows; at least {MIN_CSV_ROWS} "
                                            "are needed to train and validate")
    target_index = header.index(spec.target)
    feature_names = tuple(name for name in header if name != spec.target)
    if not feature_names:
        raise DatasetError("data.target", f"{spec.target!r} is the only column; the file needs input columns too")
    why = "all columns except the target must be numbers: fix the cell or remove the column"
    x = np.column_stack([_numeric_column(rows, header.index(name), name, why) for name in feature_names])
    targets = [cells[target_index] for _, cells in rows]
    name = Path(path).stem
    if _is_classification(targets, spec.task):
        y, class_names = _encode_classes(targets)
        if len(class_names) < 2:
            raise DatasetError("data.target", f"column {spec.target!r} has a single value {class_names[0]!r}; "
                                              "classification needs at least two classes")
        return _Raw(x, y, len(class_names), feature_names, class_names, name)
    y = _numeric_column(rows, target_index, spec.target,
                        "a regression target must be numeric: fix the cell, or set task to classification")
    return _Raw(x, y.reshape(-1, 1), 0, feature_names, (), name)


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
