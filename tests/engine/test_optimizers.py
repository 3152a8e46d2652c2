"""engine.optimizers against torch.optim fixtures, plus rules that hold whatever torch says."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from engine.optimizers import make_optimizer
from engine.spec import OPTIMIZER_DEFAULTS, OPTIMIZERS, OptimizerSpec
from tests.fixtures import make_optimizer_fixtures as fixtures

CASES = fixtures.load_cases(fixtures.FIXTURE_DIR / "optim_trajectories.npz")
SHARED = CASES.pop("")

# Every option of every optimizer, each set to a non-default value in some case.
ALL_OPTIONS = [(name, key) for name, defaults in OPTIMIZER_DEFAULTS.items() for key in defaults]


def triples(values, grads):
    return [(f"p{i}", v, g) for i, (v, g) in enumerate(zip(values, grads))]


@pytest.mark.parametrize("case", sorted(CASES))
def test_trajectory_matches_torch_fixture(case):
    name, params = fixtures.case_config(CASES[case])
    init = [SHARED["init_0"], SHARED["init_1"]]
    grads = [SHARED["grads_0"], SHARED["grads_1"]]
    ours = fixtures.engine_trajectory(name, params, init, grads, SHARED["lrs"])
    for i, values in enumerate(ours):
        np.testing.assert_allclose(values, CASES[case][f"trajectory_{i}"], rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("name,option", ALL_OPTIONS)
def test_fixtures_exercise_every_option(name, option):
    configs = [fixtures.case_config(fields) for fields in CASES.values()]
    assert any(n == name and option in p and p[option] != OPTIMIZER_DEFAULTS[n][option] for n, p in configs)


def test_fixtures_cover_every_optimizer_with_its_defaults():
    configs = [fixtures.case_config(fields) for fields in CASES.values()]
    assert {n for n, p in configs if not p} == set(OPTIMIZERS)


def test_values_updated_in_place_and_grads_left_alone():
    rng = np.random.default_rng(0)
    values = [rng.normal(size=(4, 3)), rng.normal(size=3)]
    grads = [rng.normal(size=(4, 3)), rng.normal(size=3)]
    before = [v.copy() for v in values]
    grads_before = [g.copy() for g in grads]
    optimizer = make_optimizer(OptimizerSpec("adam", params={"weight_decay": 0.1}), triples(values, grads))
    optimizer.step(0.01)
    assert all(opt_value is value for opt_value, value in zip(optimizer.values, values))
    assert all(not np.array_equal(v, b) for v, b in zip(values, before))
    for grad, original in zip(grads, grads_before):
        np.testing.assert_array_equal(grad, original)


def test_plain_sgd_is_value_minus_lr_times_grad():
    values = [np.array([1.0, -2.0, 3.0])]
    grads = [np.array([0.5, 0.25, -1.0])]
    make_optimizer(OptimizerSpec("sgd"), triples(values, grads)).step(0.1)
    np.testing.assert_allclose(values[0], [0.95, -2.025, 3.1], rtol=1e-15)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, 6, elements=st.floats(1e-3, 1e3) | st.floats(-1e3, -1e-3)),
       st.sampled_from(["adam", "adamw"]), st.floats(1e-4, 1.0))
def test_first_adam_step_moves_each_value_by_lr_against_the_grad(grad, name, lr):
    # After one step m_hat = g and v_hat = g**2, so the update is lr * sign(g) up to eps.
    values = [np.zeros(6)]
    make_optimizer(OptimizerSpec(name, params={"weight_decay": 0.0}), triples(values, [grad])).step(lr)
    np.testing.assert_allclose(values[0], -lr * np.sign(grad), rtol=1e-4)


def test_adamw_defaults_decay_weights_without_touching_adam_moments():
    # With a zero grad Adam's step is 0/(0+eps) = 0, leaving only AdamW's default decay of 0.01.
    values = [np.array([2.0, -4.0])]
    make_optimizer(OptimizerSpec("adamw"), triples(values, [np.zeros(2)])).step(0.5)
    np.testing.assert_allclose(values[0], np.array([2.0, -4.0]) * (1 - 0.5 * 0.01), rtol=1e-15)


@pytest.mark.parametrize("case", sorted(CASES))
def test_float32_stays_float32_and_tracks_float64(case):
    name, params = fixtures.case_config(CASES[case])
    init = [SHARED["init_0"], SHARED["init_1"]]
    grads = [SHARED["grads_0"], SHARED["grads_1"]]
    single = fixtures.engine_trajectory(name, params, [a.astype(np.float32) for a in init],
                                        [g.astype(np.float32) for g in grads], SHARED["lrs"])
    for i, values in enumerate(single):
        assert values.dtype == np.float32
        expected = CASES[case][f"trajectory_{i}"]
        np.testing.assert_allclose(values, expected, rtol=1e-4, atol=1e-5 * np.abs(expected).max())


def test_optimizer_state_stays_in_parameter_dtype():
    values = [np.ones((2, 2), np.float32)]
    grads = [np.full((2, 2), 0.5, np.float32)]
    spec = OptimizerSpec("rmsprop", params={"centered": True, "momentum": 0.9, "weight_decay": 0.1})
    optimizer = make_optimizer(spec, triples(values, grads))
    optimizer.step(0.1)
    state = [a for a in vars(optimizer).values() if isinstance(a, list) and a and isinstance(a[0], np.ndarray)]
    assert state and all(a.dtype == np.float32 for arrays_ in state for a in arrays_)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_update_sq_norms_are_the_squared_norms_of_new_minus_old(name):
    rng = np.random.default_rng(3)
    values = [rng.normal(size=(3, 2)), rng.normal(size=2)]
    grads = [rng.normal(size=(3, 2)), rng.normal(size=2)]
    optimizer = make_optimizer(OptimizerSpec(name, params={"weight_decay": 0.1}), triples(values, grads))
    optimizer.step(0.1)
    assert optimizer.update_sq_norms() == []     # not tracking: nothing recorded
    optimizer.track_updates = True
    for _ in range(2):
        before = [v.copy() for v in values]
        optimizer.step(0.1)
        expected = [float(np.sum((v - b) ** 2)) for v, b in zip(values, before)]
        np.testing.assert_allclose(optimizer.update_sq_norms(), expected, rtol=1e-12)
        assert all(e > 0 for e in expected)


def test_mismatched_value_and_grad_are_refused_with_the_parameter_name():
    with pytest.raises(ValueError, match="dense1.W"):
        make_optimizer(OptimizerSpec("sgd"), [("dense1.W", np.zeros((2, 3)), np.zeros((3, 2)))])
