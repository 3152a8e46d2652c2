"""engine.clipping against torch.nn.utils.clip_grad_norm_ / clip_grad_value_ fixtures, and its invariants."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from engine.clipping import clip_grad_norm, clip_grad_value, grad_sq_norms
from tests.fixtures import make_optimizer_fixtures as fixtures

CASES = fixtures.load_cases(fixtures.FIXTURE_DIR / "optim_clipping.npz")
NORM_CASES = sorted(case for case in CASES if case.startswith("norm_"))


def arrays_of(fields, prefix):
    return [fields[f"{prefix}_{i}"] for i in range(sum(key.startswith(prefix + "_") for key in fields))]


@pytest.mark.parametrize("case", NORM_CASES)
def test_clip_grad_norm_matches_torch_fixture(case):
    fields = CASES[case]
    grads = [g.copy() for g in arrays_of(fields, "in")]
    total = clip_grad_norm(grads, float(fields["max_norm"]))
    assert total == pytest.approx(float(fields["total_norm"]), rel=1e-12)
    for ours, expected in zip(grads, arrays_of(fields, "out"), strict=True):
        np.testing.assert_allclose(ours, expected, rtol=1e-12)


def test_fixture_covers_no_clip_clip_and_the_exact_limit():
    scaled = {case: not np.array_equal(CASES[case]["in_0"], CASES[case]["out_0"]) for case in NORM_CASES}
    assert scaled == {"norm_below": False, "norm_above": True, "norm_far_above": True, "norm_at_limit": True}


def test_clip_grad_value_matches_torch_fixture():
    fields = CASES["value"]
    grads = [g.copy() for g in arrays_of(fields, "in")]
    assert any(np.abs(g).max() > fields["limit"] for g in grads)
    clip_grad_value(grads, float(fields["limit"]))
    for ours, expected in zip(grads, arrays_of(fields, "out"), strict=True):
        np.testing.assert_array_equal(ours, expected)


def test_given_sq_norms_are_used_instead_of_recomputed():
    grads = [np.full(4, 0.1), np.full(2, 0.1)]           # true total norm ~0.245
    claimed = [64.0, 36.0]                                 # claims a total norm of 10
    total = clip_grad_norm(grads, 1.0, sq_norms=claimed)
    assert total == 10.0
    np.testing.assert_allclose(grads[0], 0.1 * 1.0 / (10.0 + 1e-6))


grad_lists = st.lists(arrays(np.float64, st.integers(1, 6), elements=st.floats(-1e3, 1e3)), min_size=1, max_size=4)


@settings(max_examples=100, deadline=None)
@given(grad_lists, st.floats(1e-3, 1e3))
def test_clip_grad_norm_caps_the_norm_and_keeps_the_direction(grads, max_norm):
    originals = [g.copy() for g in grads]
    total = clip_grad_norm(grads, max_norm)
    assert total == pytest.approx(np.sqrt(sum(float(np.sum(g * g)) for g in originals)), rel=1e-12, abs=1e-300)
    after = np.sqrt(sum(float(np.sum(g * g)) for g in grads))
    assert after <= max_norm * (1 + 1e-12)
    coef = max_norm / (total + 1e-6)      # torch scales even at the limit, by just under 1
    if coef >= 1:
        for grad, original in zip(grads, originals):
            np.testing.assert_array_equal(grad, original)
    else:
        for grad, original in zip(grads, originals):
            np.testing.assert_allclose(grad, original * coef, rtol=1e-12)


@settings(max_examples=100, deadline=None)
@given(grad_lists, st.floats(1e-3, 1e3))
def test_clip_grad_value_clamps_and_leaves_small_elements_alone(grads, limit):
    originals = [g.copy() for g in grads]
    objects = [id(g) for g in grads]
    clip_grad_value(grads, limit)
    assert [id(g) for g in grads] == objects
    for grad, original in zip(grads, originals):
        assert np.all(np.abs(grad) <= limit)
        inside = np.abs(original) <= limit
        np.testing.assert_array_equal(grad[inside], original[inside])
        np.testing.assert_array_equal(grad[~inside], np.sign(original[~inside]) * limit)


def test_grad_sq_norms_are_python_floats_of_each_array():
    grads = [np.arange(6.0).reshape(2, 3), np.array([3.0, 4.0])]
    norms = grad_sq_norms(grads)
    assert norms == [55.0, 25.0]
    assert all(type(n) is float for n in norms)


def test_float32_grads_are_clipped_in_float32():
    grads = [np.full((3, 3), 2.0, np.float32), np.full(3, -2.0, np.float32)]
    total = clip_grad_norm(grads, 1.0)
    assert type(total) is float and total == pytest.approx(np.sqrt(12 * 4.0))
    assert all(g.dtype == np.float32 for g in grads)
    assert np.sqrt(sum(grad_sq_norms(grads))) == pytest.approx(1.0, rel=1e-6)
    clip_grad_value(grads, 0.1)
    np.testing.assert_array_equal(grads[1], np.float32(-0.1))


def test_a_float32_square_sum_that_overflows_is_redone_in_float64():
    # 3 * (1e20)**2 = 3e40 overflows float32 (max 3.4e38) but is a finite norm of 1.73e20
    huge = np.full(3, 1e20, dtype=np.float32)
    assert grad_sq_norms([huge]) == [pytest.approx(3 * float(np.float32(1e20)) ** 2, rel=1e-12)]
    # a float32 sum that does not overflow keeps its own float32 value
    small = np.array([0.1, 0.2, 0.3], dtype=np.float32)
    assert grad_sq_norms([small]) == [float(np.dot(small, small))]
    assert clip_grad_norm([huge.copy()], 1.0) == pytest.approx(math.sqrt(3) * float(np.float32(1e20)), rel=1e-12)
