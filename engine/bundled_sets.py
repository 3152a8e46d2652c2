"""scikit-learn's bundled real data sets, read from the files scikit-learn ships, without importing it.

Importing scikit-learn takes about a second (the first iris of a session kept the window waiting
that long), and the four sets are small text files under ``sklearn/datasets/data``: they are read
here as scikit-learn's ``load_iris``/``load_wine``/``load_breast_cancer``/``load_digits`` read them,
giving the same values, feature names and class names (tests/engine/test_datasets.py compares them).
The package is located with ``importlib.util.find_spec``, which does not import it.
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class BundledSet:
    """One bundled set: its file, its size and the names scikit-learn's loader gives its columns."""
    file: str
    n_rows: int
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...] | None    # None: the file's header names them (every set but digits)
    n_classes: int

    @property
    def n_features(self) -> int:
        return len(self.feature_names)


_BREAST_CANCER_MEASURES = ("radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
                           "concave points", "symmetry", "fractal dimension")

BUNDLED_SETS = {
    "iris": BundledSet("iris.csv", 150, ("sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                                         "petal width (cm)"), None, 3),
    "wine": BundledSet("wine_data.csv", 178, (
        "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
        "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines",
        "proline"), None, 3),
    "breast_cancer": BundledSet("breast_cancer.csv", 569, tuple(
        f"{kind} {measure}" if kind != "error" else f"{measure} error"
        for kind in ("mean", "error", "worst") for measure in _BREAST_CANCER_MEASURES), None, 2),
    "digits": BundledSet("digits.csv.gz", 1797, tuple(f"pixel_{row}_{col}" for row in range(8) for col in range(8)),
                         tuple(str(digit) for digit in range(10)), 10),
}


def data_folder() -> Path:
    """Where scikit-learn keeps its bundled data files (FileNotFoundError without scikit-learn)."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("scikit-learn is not installed; it ships the real data sets (pip install scikit-learn)")
    return Path(next(iter(spec.submodule_search_locations))) / "datasets" / "data"


def read_bundled(name: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], tuple[str, ...]]:
    """(inputs float64 (rows, features), labels int64 (rows,), feature names, class names) of a set."""
    bundled = BUNDLED_SETS[name]
    path = data_folder() / bundled.file
    if bundled.class_names is None:
        # A header "rows,features,class names...", then rows of features and the label last.
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            header = next(rows)
            table = np.array(list(rows), dtype=np.float64)
        class_names = tuple(header[2:])
    else:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            table = np.loadtxt(f, delimiter=",")
        class_names = bundled.class_names
    return (np.ascontiguousarray(table[:, :-1]), table[:, -1].astype(np.int64), bundled.feature_names,
            class_names)
