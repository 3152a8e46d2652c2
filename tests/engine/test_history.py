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


def test_first_records_are_never_merged():
    h = History(["x"], capacity=24, keep_first=8)
    for s in range(1, 1001):
        h.append(s, (float(s),))
    snap = h.snapshot()
    assert len(snap["step"]) <= 24
    np.testing.assert_array_equal(snap["step"][:8], np.arange(1, 9))
    np.testing.assert_array_equal(snap["width"][:8], np.ones(8))
    np.testing.assert_array_equal(snap["x"][:8], np.arange(1, 9))
    assert snap["width"].sum() == 1000
    np.testing.assert_array_equal(snap["step"][1:], snap["step"][:-1] + snap["width"][:-1])
    # The newest (24 - 8) / 2 = 8 stay at full resolution too.
    np.testing.assert_array_equal(snap["step"][-8:], np.arange(993, 1001))
    np.testing.assert_allclose(snap["x"], snap["step"] + (snap["width"] - 1) / 2)


def test_merge_by_hand_with_kept_head():
    # capacity 12, keep_first 4: the 9th... 12th appends fill it; the 13th merges rows 4..7
    # (steps 5, 6, 7, 8) into two bins of two: means 5.5 and 7.5.
    h = History(["x"], capacity=12, keep_first=4, extremes=("x",))
    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0, 8.0, 9.0]
    for s, v in enumerate(values, start=1):
        h.append(s, (v,))
    snap = h.snapshot()
    assert h.merges == 1
    np.testing.assert_array_equal(snap["step"], [1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13])
    np.testing.assert_array_equal(snap["width"], [1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1])
    np.testing.assert_array_equal(snap["x"], [3, 1, 4, 1, 7, 4, 5, 3, 5, 8, 9])
    np.testing.assert_array_equal(snap["x.min"], [3, 1, 4, 1, 5, 2, 5, 3, 5, 8, 9])
    np.testing.assert_array_equal(snap["x.max"], [3, 1, 4, 1, 9, 6, 5, 3, 5, 8, 9])


def test_extremes_span_every_step_merged_into_a_bin():
    h = History(["x", "y"], capacity=16, extremes=("x",))
    rng = np.random.default_rng(0)
    values = rng.normal(size=500)
    for s, v in enumerate(values, start=1):
        h.append(s, (v, 0.0))
    snap = h.snapshot()
    assert "y.min" not in snap
    for start, width, low, high, mean in zip(snap["step"], snap["width"], snap["x.min"], snap["x.max"], snap["x"]):
        covered = values[start - 1:start - 1 + width]
        assert low == covered.min() and high == covered.max()
        assert mean == pytest.approx(covered.mean())


def test_extremes_skip_a_nan_merged_with_finite_values():
    h = History(["x"], capacity=8, extremes=("x",))
    for s, v in enumerate([np.nan, 2.0, 1.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0], start=1):
        h.append(s, (v,))
    snap = h.snapshot()
    assert snap["width"][0] == 2
    assert snap["x.min"][0] == 2.0 and snap["x.max"][0] == 2.0


def test_bad_keep_first_or_extremes_are_refused():
    with pytest.raises(ValueError, match="multiple of 4"):
        History(["x"], capacity=16, keep_first=6)
    with pytest.raises(ValueError, match="extremes"):
        History(["x"], capacity=16, extremes=("nope",))
