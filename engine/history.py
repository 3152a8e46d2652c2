"""Bounded storage of a run's per-step (or per-epoch) records.

Memory stays flat however long the run: when the buffer is full, the older half of the rows after
the first ``keep_first`` is merged pairwise into bins twice as wide (a width-weighted mean), so
the start of the run (its first ``keep_first`` records, where most lessons happen: the loss
leaving its starting value, a vanishing band forming) and the newest ``(capacity - keep_first) // 2``
records are always at full resolution, and the whole run stays visible at a coarser grain in
between.  For the columns named in ``extremes`` each bin also keeps the lowest and highest value
it merged, so a plot can draw a merged bin as the range it stands for, not only its mean.

Writes come from the training thread, snapshots from the GUI thread: one lock guards both,
and a snapshot is a private copy (DESIGN rule 1).
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np


def extreme_columns(name: str) -> tuple[str, str]:
    """The snapshot keys of a column's per-bin minimum and maximum."""
    return f"{name}.min", f"{name}.max"


def snapshot_of(keys: tuple[str, ...], rows: np.ndarray) -> dict[str, np.ndarray]:
    """A snapshot (key -> column) of ``History.rows()``: contiguous columns of one copy, "step"
    and "width" as integers."""
    columns = np.array(rows.T, order="C")
    out = {key: columns[i] for i, key in enumerate(keys)}
    out["step"] = out["step"].astype(np.int64)
    out["width"] = out["width"].astype(np.int64)
    return out


class History:
    def __init__(self, columns: Sequence[str], capacity: int = 4096, keep_first: int = 0,
                 extremes: Sequence[str] = ()):
        merged_rows = capacity - keep_first
        if keep_first < 0 or merged_rows < 8 or merged_rows % 4:
            raise ValueError("capacity - keep_first must be a multiple of 4, at least 8, and keep_first >= 0")
        self.columns = list(columns)
        self.capacity = capacity
        self.keep_first = keep_first
        self._index = {name: i for i, name in enumerate(self.columns)}
        unknown = [name for name in extremes if name not in self._index]
        if unknown:
            raise ValueError(f"extremes names columns that do not exist: {unknown}")
        self._extreme_index = [self._index[name] for name in extremes]
        self.extremes = list(extremes)
        # The keys of a snapshot, in the order of the columns of ``rows()``.
        self.keys = tuple(self.columns) + tuple(key for name in self.extremes for key in extreme_columns(name)) \
            + ("step", "width")
        self._values = np.zeros((capacity, len(self.columns)), dtype=np.float64)
        self._lows = np.zeros((capacity, len(self.extremes)), dtype=np.float64)
        self._highs = np.zeros((capacity, len(self.extremes)), dtype=np.float64)
        self._steps = np.zeros(capacity, dtype=np.int64)
        self._widths = np.zeros(capacity, dtype=np.int64)
        self._n = 0
        self._appended = 0
        self._merges = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._n

    @property
    def appended(self) -> int:
        """How many records were ever appended (a cheap change counter for pollers)."""
        return self._appended

    @property
    def merges(self) -> int:
        """How many times older rows were merged; rows before ``keep_first`` never change."""
        return self._merges

    def append(self, step: int, values: Sequence[float]) -> None:
        with self._lock:
            if self._n == self.capacity:
                self._merge_older_half()
            n = self._n
            self._values[n] = values
            kept = self._values[n, self._extreme_index]
            self._lows[n] = kept
            self._highs[n] = kept
            self._steps[n] = step
            self._widths[n] = 1
            self._n = n + 1
            self._appended += 1

    def _merge_older_half(self) -> None:
        start = self.keep_first
        half = (self.capacity - start) // 2
        quarter = half // 2
        even, odd = slice(start, start + half, 2), slice(start + 1, start + half, 2)
        w0, w1 = self._widths[even], self._widths[odd]
        width = w0 + w1
        merged = (self._values[even] * w0[:, None] + self._values[odd] * w1[:, None]) / width[:, None]
        into = slice(start, start + quarter)
        self._values[into] = merged
        # fmin/fmax: a NaN batch does not hide the finite ones merged with it.
        self._lows[into] = np.fmin(self._lows[even], self._lows[odd])
        self._highs[into] = np.fmax(self._highs[even], self._highs[odd])
        self._steps[into] = self._steps[even]
        self._widths[into] = width
        # Slide the newer half down behind the merged bins.
        newer, behind = slice(start + half, self.capacity), slice(start + quarter, start + quarter + half)
        for array in (self._values, self._lows, self._highs, self._steps, self._widths):
            array[behind] = array[newer]
        self._n = start + quarter + half
        self._merges += 1

    def last(self) -> dict[str, float] | None:
        """The newest record as plain floats, or None when empty."""
        with self._lock:
            if not self._n:
                return None
            row = self._values[self._n - 1].tolist()
            step = int(self._steps[self._n - 1])
        out = dict(zip(self.columns, row))
        out["step"] = step
        return out

    def column(self, name: str) -> np.ndarray:
        """A copy of one column."""
        with self._lock:
            return self._values[: self._n, self._index[name]].copy()

    def rows(self, first_row: int = 0) -> np.ndarray:
        """A copy of the records from ``first_row`` on as one (rows, len(keys)) float64 array whose
        columns are ``keys``: one array pickles and copies far faster than hundreds of columns."""
        with self._lock:
            n = self._n
            out = np.empty((max(n - first_row, 0), len(self.keys)), dtype=np.float64)
            c = len(self.columns)
            e = len(self.extremes)
            out[:, :c] = self._values[first_row:n]
            out[:, c:c + 2 * e:2] = self._lows[first_row:n]
            out[:, c + 1:c + 2 * e:2] = self._highs[first_row:n]
            out[:, -2] = self._steps[first_row:n]
            out[:, -1] = self._widths[first_row:n]
        return out

    def snapshot(self, first_row: int = 0) -> dict[str, np.ndarray]:
        """Copies of every column plus "step" (first step of each point), "width" (steps merged)
        and, for each column in ``extremes``, "<name>.min" and "<name>.max" over the merged steps;
        from row ``first_row`` on."""
        return snapshot_of(self.keys, self.rows(first_row))

    @property
    def nbytes(self) -> int:
        return (self._values.nbytes + self._lows.nbytes + self._highs.nbytes
                + self._steps.nbytes + self._widths.nbytes)
