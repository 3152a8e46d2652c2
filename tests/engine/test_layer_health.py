import math

import numpy as np
import pytest

from engine.diagnosis import diagnose
from engine.layer_health import METRICS, flow_ratios, layer_states, recent
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec, ResidualSpec
from engine.trainer import Trainer


def snap(columns: dict, rows: int = 12) -> dict:
    out = {"step": np.arange(1, rows + 1), "width": np.ones(rows, int)}
    for name, value in columns.items():
        out[name] = np.full(rows, value, dtype=float) if np.isscalar(value) else np.asarray(value, float)
    return out


def test_recent_is_the_median_of_the_ten_newest_finite_records():
    values = [100.0, 100.0, 1, 2, 3, 4, np.nan, 5, 6, 7, 8, 9]   # the newest ten hold 1..9 and a NaN
    assert recent(snap({"x": values}), "x") == 5.0


def test_flow_ratios_are_against_the_last_hidden_layer():
    s = snap({"L0.grad_h": 2e-4, "L1.grad_h": 0.5, "L2.grad_h": 0.1, "L3.grad_h": 3.0})
    np.testing.assert_allclose(flow_ratios(s, 4), [2e-3, 5.0, 1.0, 30.0])
    assert layer_states(s, "grad_h", 4) == ["vanishing", "healthy", "healthy", "healthy"]
    # dL/dW bars take the same colours: the rule is about dL/dh, as the verdict.
    assert layer_states(s, "grad_w", 4) == ["vanishing", "healthy", "healthy", "healthy"]


def test_a_silent_reference_makes_every_other_gradient_exploding():
    s = snap({"L0.grad_h": 1e-3, "L1.grad_h": 0.0, "L2.grad_h": 0.0})
    ratios = flow_ratios(s, 3)
    assert math.isinf(ratios[0]) and ratios[1] == 1.0
    assert layer_states(s, "grad_h", 3) == ["exploding", "healthy", "healthy"]


@pytest.mark.parametrize("metric, values, expected", [
    ("saturated", [0.0, 0.2, 0.21], ["inside", "inside", "above"]),
    ("dead", [0.3, 0.31, 1.0], ["inside", "above", "above"]),
    ("act_std", [0.05, 0.1, 11.0], ["below", "inside", "above"]),
    ("update_ratio", [1e-5, 1e-3, 0.02], ["below", "inside", "above"]),
])
def test_band_metrics_judge_against_their_healthy_band(metric, values, expected):
    s = snap({f"L{i}.{metric}": v for i, v in enumerate(values)})
    assert layer_states(s, metric, 3) == expected


def test_drawn_values_are_log10_or_plain_on_the_fixed_scale():
    np.testing.assert_allclose(METRICS["grad_h"].drawn([1e-3, 0.0, 1e5, np.nan]), [-3.0, -8.0, 2.0, np.nan])
    np.testing.assert_allclose(METRICS["saturated"].drawn([0.25, 1.0]), [0.25, 1.0])
    np.testing.assert_allclose(METRICS["update_ratio"].drawn([1e-3]), [-3.0])
    np.testing.assert_allclose(METRICS["act_std"].drawn([1e4]), [3.0])


def test_the_verdict_is_the_rule_applied_to_the_first_hidden_layer():
    for g0 in (0.99e-2, 1e-2, 100.0, 100.1):
        s = snap({"L0.grad_h": g0, "L1.grad_h": 1.0, "L2.grad_h": 1.0})
        for i in range(3):
            for metric in ("grad_w", "saturated", "dead", "grad_spread"):
                s[f"L{i}.{metric}"] = np.full(12, 0.5)
        verdict = diagnose(s, ["tanh", "tanh", "identity"]).verdict
        assert verdict == layer_states(s, "grad_h", 3)[0]


def test_a_trainer_names_layers_in_the_diagnosis_as_the_heatmap_rows():
    exp = Experiment(
        data=DataSpec(name="spirals", classes=3, n_samples=120),
        layers=(ResidualSpec(layers=(DenseSpec(units=8, activation="sigmoid"),)),
                ResidualSpec(layers=(DenseSpec(units=8, activation="sigmoid"),))),
        optimizer=OptimizerSpec("sgd", 0.1), batch_size=16, epochs=None, steps=20)
    trainer = Trainer(exp)
    trainer.run()
    assert trainer.layer_names == ["dense2 · sigmoid", "dense4 · sigmoid", "output"]
    assert "dense2 receives" in trainer.diagnosis().message
    assert "of dense4" in trainer.diagnosis().message


def test_recent_medians_match_numpy_for_every_count_of_finite_records():
    rng = np.random.default_rng(1)
    for bad in range(0, 11):
        values = rng.normal(size=14)
        values[rng.choice(np.arange(4, 14), size=bad, replace=False)] = [np.nan, np.inf, -np.inf][bad % 3]
        newest = values[-10:]
        finite = newest[np.isfinite(newest)]
        expected = np.median(finite) if finite.size else math.nan
        got = recent(snap({"x": values}, rows=14), "x")
        assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected), bad
