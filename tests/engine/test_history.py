import numpy as np
import pytest

from engine.history import History


def test_appends_are_kept_in_order_until_capacity():
    h = History(["a", "b"], capacity=16)
    for s in range(1, 11):
        h.append(s, (s * 1.0, -s))
    snap = h.snapshot()
    np.testing.assert_array_equal(snap["step"], np.arange(1, 11))
    np.testing.assert_array_equal(snap["a"], np.arange(1, 11))
    np.testing.assert_array_equal(snap["b"], -np.arange(1, 11))
    np.testing.assert_array_equal(snap["width"], np.ones(10))


def test_full_buffer_merges_older_half_and_keeps_newest_at_full_resolution():
    h = History(["x"], capacity=16)
    n = 1000
    for s in range(1, n + 1):
        h.append(s, (float(s),))
    snap = h.snapshot()
    assert len(snap["step"]) <= 16
    assert snap["width"].sum() == n              # every step is accounted for exactly once
    np.testing.assert_array_equal(snap["step"][-8:], np.arange(n - 7, n + 1))
    assert (snap["width"][-8:] == 1).all()
    # bins are contiguous: each starts where the previous ended
    np.testing.assert_array_equal(snap["step"][1:], snap["step"][:-1] + snap["width"][:-1])
    # the value of a bin is the mean of the steps it covers (x = step here)
    expected = snap["step"] + (snap["width"] - 1) / 2
    np.testing.assert_allclose(snap["x"], expected)


def test_snapshot_is_a_private_copy():
    h = History(["x"], capacity=8)
    h.append(1, (1.0,))
    snap = h.snapshot()
    snap["x"][0] = 99
    assert h.snapshot()["x"][0] == 1.0


def test_million_step_ten_layer_run_stays_under_50_mb():
    # The per-step columns the trainer keeps for a 10-hidden-layer net (+ output layer).
    from engine.trainer import LAYER_METRICS, STEP_COLUMNS
    columns = list(STEP_COLUMNS) + [f"L{i}.{m}" for i in range(11) for m in LAYER_METRICS]
    h = History(columns)
    row = np.arange(len(columns), dtype=float)
    for s in range(1, 1_000_001):
        h.append(s, row)
    assert h.nbytes < 50e6
    snap = h.snapshot()
    assert snap["width"].sum() == 1_000_000
    assert snap["step"][-1] == 1_000_000


def test_capacity_must_allow_halving():
    with pytest.raises(ValueError):
        History(["x"], capacity=10)
