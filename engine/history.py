"""Bounded storage of a run's per-step (or per-epoch) records.

Memory stays flat however long the run: when the buffer is full, the older half is merged
pairwise into bins twice as wide (a width-weighted mean), so the newest ``capacity // 2``
points are always at full resolution and the whole run stays visible at a coarser grain.
Writes come from the training thread, snapshots from the GUI thread: one lock guards both,
and a snapshot is a private copy (DESIGN rule 1).
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np


class History:
    def __init__(self, columns: Sequence[str], capacity: int = 4096):
        if capacity < 8 or capacity % 4:
            raise ValueError("capacity must be a multiple of 4, at least 8")
        self.columns = list(columns)
        self.capacity = capacity
        self._index = {name: i for i, name in enumerate(self.columns)}
        self._values = np.zeros((capacity, len(self.columns)), dtype=np.float64)
        self._steps = np.zeros(capacity, dtype=np.int64)
        self._widths = np.zeros(capacity, dtype=np.int64)
        self._n = 0
        self._appended = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._n

    @property
    def appended(self) -> int:
        """How many records were ever appended (a cheap change counter for pollers)."""
        return self._appended

    def append(self, step: int, values: Sequence[float]) -> None:
        with self._lock:
            if self._n == self.capacity:
                self._merge_older_half()
            n = self._n
            self._values[n] = values
            self._steps[n] = step
            self._widths[n] = 1
            self._n = n + 1
            self._appended += 1

    def _merge_older_half(self) -> None:
        half = self.capacity // 2
        w0, w1 = self._widths[0:half:2], self._widths[1:half:2]
        width = w0 + w1
        merged = (self._values[0:half:2] * w0[:, None] + self._values[1:half:2] * w1[:, None]) / width[:, None]
        quarter = half // 2
        self._values[:quarter] = merged
        self._steps[:quarter] = self._steps[0:half:2]
        self._widths[:quarter] = width
        # Slide the newer half down behind the merged bins.
        self._values[quarter:quarter + half] = self._values[half:]
        self._steps[quarter:quarter + half] = self._steps[half:]
        self._widths[quarter:quarter + half] = self._widths[half:]
        self._n = quarter + half

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

    def snapshot(self) -> dict[str, np.ndarray]:
        """Copies of every column plus "step" (first step of each point) and "width" (steps merged)."""
        with self._lock:
            n = self._n
            block = self._values[:n].copy()
            steps = self._steps[:n].copy()
            widths = self._widths[:n].copy()
        out = {name: block[:, i] for i, name in enumerate(self.columns)}
        out["step"] = steps
        out["width"] = widths
        return out

    @property
    def nbytes(self) -> int:
        return self._values.nbytes + self._steps.nbytes + self._widths.nbytes
