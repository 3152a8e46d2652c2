"""Live cross-check of optimizers, schedules and clipping against PyTorch on fresh random data."""
from __future__ import annotations

import numpy as np
import pytest

from engine.clipping import clip_grad_norm, clip_grad_value
from engine.schedules import make_schedule
from engine.spec import ScheduleSpec
from tests.fixtures import make_optimizer_fixtures as fixtures

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch

SEEDS = [101, 202]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("case", sorted(fixtures.OPTIMIZER_CASES))
def test_optimizer_trajectory_matches_torch_in_float64(case, seed):
    name, params = fixtures.OPTIMIZER_CASES[case]
    init, grads, lrs = fixtures.make_inputs(np.random.default_rng(seed))
    lrs = lrs * np.random.default_rng(seed + 1).uniform(0.5, 2.0)
    ours = fixtures.engine_trajectory(name, params, init, grads, lrs)
    theirs = fixtures.torch_trajectory(name, params, init, grads, lrs)
    for a, b in zip(ours, theirs, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("case", sorted(fixtures.OPTIMIZER_CASES))
def test_optimizer_trajectory_matches_torch_in_float32(case):
    name, params = fixtures.OPTIMIZER_CASES[case]
    init, grads, lrs = fixtures.make_inputs(np.random.default_rng(303), dtype=np.float32)
    ours = fixtures.engine_trajectory(name, params, init, grads, lrs)
    theirs = fixtures.torch_trajectory(name, params, init, grads, lrs)
    for a, b in zip(ours, theirs, strict=True):
        assert a.dtype == b.dtype == np.float32
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6 * np.abs(b).max())


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", ["step", "exponential", "cosine", "warmup"])
def test_schedule_matches_torch_scheduler(name, seed):
    rng = np.random.default_rng(seed)
    params = {
        "step": {"step_size": int(rng.integers(1, 15)), "gamma": float(rng.uniform(0.1, 1.0))},
        "exponential": {"gamma": float(rng.uniform(0.8, 1.0))},
        "cosine": {"t_max": int(rng.integers(1, 60)), "eta_min": float(rng.uniform(0.0, 0.01))},
        "warmup": {"warmup_steps": int(rng.integers(1, 40))},
    }[name]
    base_lr = float(rng.uniform(0.01, 1.0))
    expected = fixtures.torch_schedule_lrs(name, params, base_lr, 120)
    schedule = make_schedule(ScheduleSpec(name, params), base_lr)
    np.testing.assert_allclose([schedule(step) for step in range(120)], expected, rtol=1e-9, atol=1e-15)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("total_norm", [0.1, 1.0, 30.0])
def test_clipping_matches_torch(total_norm, dtype):
    rng = np.random.default_rng(int(total_norm * 10))
    grads = fixtures.make_clip_inputs(rng, total_norm, dtype)
    rtol = 1e-12 if dtype == np.float64 else 1e-6
    expected, expected_total = fixtures.torch_clip_grad_norm(grads, 1.0)
    ours = [g.copy() for g in grads]
    assert clip_grad_norm(ours, 1.0) == pytest.approx(expected_total, rel=rtol)
    for a, b in zip(ours, expected, strict=True):
        np.testing.assert_allclose(a, b, rtol=rtol)
    expected = fixtures.torch_clip_grad_value(grads, 0.05 * total_norm)
    clip_grad_value(grads, 0.05 * total_norm)
    for a, b in zip(grads, expected, strict=True):
        np.testing.assert_array_equal(a, b)
