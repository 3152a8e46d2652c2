"""engine.schedules against torch.optim.lr_scheduler fixtures, and the mid-run base LR semantics."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.schedules import make_schedule
from engine.spec import SCHEDULE_DEFAULTS, SCHEDULES, ScheduleSpec
from tests.fixtures import make_optimizer_fixtures as fixtures

CASES = fixtures.load_cases(fixtures.FIXTURE_DIR / "optim_schedules.npz")
BASE_LR = float(CASES.pop("")["base_lr"])


@pytest.mark.parametrize("case", sorted(CASES))
def test_lrs_match_torch_scheduler_fixture(case):
    name, params = fixtures.case_config(CASES[case])
    expected = CASES[case]["lrs"]
    schedule = make_schedule(ScheduleSpec(name, params), BASE_LR)
    ours = [schedule(step) for step in range(len(expected))]
    np.testing.assert_allclose(ours, expected, rtol=1e-9, atol=1e-15)


def test_fixtures_cover_every_schedule_but_constant():
    assert {fixtures.case_config(fields)[0] for fields in CASES.values()} == set(SCHEDULES) - {"constant"}


@pytest.mark.parametrize("name", SCHEDULES)
def test_schedule_returns_python_floats(name):
    # An np.float64 learning rate would upcast float32 parameters in the optimizer step.
    schedule = make_schedule(ScheduleSpec(name), 0.1)
    assert all(type(schedule(step)) is float for step in (0, 1, 7, 20000))


@given(st.floats(1e-6, 10.0), st.integers(0, 10**6))
def test_constant_is_the_base_lr(base_lr, step):
    assert make_schedule(ScheduleSpec("constant"), base_lr)(step) == base_lr


def test_defaults_come_from_the_spec():
    step_defaults = SCHEDULE_DEFAULTS["step"]
    schedule = make_schedule(ScheduleSpec("step"), 1.0)
    assert schedule(step_defaults["step_size"] - 1) == 1.0
    assert schedule(step_defaults["step_size"]) == step_defaults["gamma"]


def test_warmup_rises_linearly_from_base_over_warmup_steps_to_base():
    warmup_steps = 8
    schedule = make_schedule(ScheduleSpec("warmup", {"warmup_steps": warmup_steps}), 0.4)
    lrs = np.array([schedule(step) for step in range(30)])
    assert lrs[0] == pytest.approx(0.4 / warmup_steps)
    np.testing.assert_allclose(np.diff(lrs[:warmup_steps + 1]), (0.4 - 0.4 / warmup_steps) / warmup_steps)
    np.testing.assert_allclose(lrs[warmup_steps:], 0.4)


def test_new_base_lr_applies_from_the_next_call_and_the_step_factor_continues():
    schedule = make_schedule(ScheduleSpec("step", {"step_size": 10, "gamma": 0.5}), 0.1)
    assert schedule(15) == pytest.approx(0.05)
    schedule.base_lr = 1.0
    assert schedule(15) == pytest.approx(0.5)
    assert schedule(25) == pytest.approx(0.25)


def test_cosine_with_a_new_base_lr_keeps_its_phase_and_still_ends_at_eta_min():
    schedule = make_schedule(ScheduleSpec("cosine", {"t_max": 100, "eta_min": 0.01}), 0.1)
    schedule.base_lr = 0.5
    assert schedule(0) == pytest.approx(0.5)
    assert schedule(50) == pytest.approx(0.01 + (0.5 - 0.01) / 2)
    assert schedule(100) == pytest.approx(0.01)

