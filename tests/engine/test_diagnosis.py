import numpy as np
import pytest

from engine.diagnosis import FIXES, diagnose
from engine.trainer import LAYER_METRICS, layer_column


def snapshot(grad_h, saturated=0.0, dead=0.0, rows=12, grad_w=1.0, grad_spread=0.5):
    """A per-step snapshot whose layers have the given dL/dh norms (input layer first); every layer
    gets a weight gradient and units that differ in it, unless told otherwise."""
    snap = {"step": np.arange(1, rows + 1), "width": np.ones(rows, int), "loss": np.ones(rows)}
    for i, g in enumerate(grad_h):
        for metric in LAYER_METRICS:
            snap[layer_column(i, metric)] = np.zeros(rows)
        snap[layer_column(i, "grad_w")] = np.full(rows, grad_w)
        snap[layer_column(i, "grad_spread")] = np.full(rows, grad_spread)
        snap[layer_column(i, "grad_h")] = np.full(rows, g)
        snap[layer_column(i, "saturated")] = np.full(rows, saturated)
        snap[layer_column(i, "dead")] = np.full(rows, dead)
    return snap


def test_vanishing_with_saturated_sigmoids_names_saturation_and_the_ratio():
    d = diagnose(snapshot([3e-7, 1e-4, 1.0, 0.5], saturated=0.6), ["sigmoid"] * 3 + ["identity"])
    assert d.verdict == "vanishing"
    assert d.ratio == pytest.approx(3e-7)
    assert "saturated" in d.cause
    assert "layer 1 receives 3.0e-7 times the gradient of layer 3" in d.message   # no names given
    assert set(d.fixes) <= set(FIXES) and "relu_he" in d.fixes


def test_vanishing_with_dead_relus_names_dead_units():
    d = diagnose(snapshot([1e-5, 1.0, 1.0], dead=0.7), ["relu", "relu", "identity"])
    assert d.verdict == "vanishing" and "dead" in d.cause


def test_vanishing_sigmoid_without_saturation_blames_the_slope():
    d = diagnose(snapshot([1e-4, 1.0, 1.0]), ["sigmoid", "sigmoid", "identity"])
    assert "0.25" in d.cause


def test_exploding_and_healthy():
    assert diagnose(snapshot([1e7, 1.0, 1.0]), ["relu"] * 2 + ["identity"]).verdict == "exploding"
    healthy = diagnose(snapshot([0.5, 1.0, 1.0]), ["tanh"] * 2 + ["identity"])
    assert healthy.verdict == "healthy" and healthy.fixes == ()


def test_thresholds_are_exclusive_bounds():
    assert diagnose(snapshot([1e-2, 1.0, 1.0]), ["tanh"] * 3).verdict == "healthy"
    assert diagnose(snapshot([0.99e-2, 1.0, 1.0]), ["tanh"] * 3).verdict == "vanishing"


def test_the_median_of_recent_records_ignores_one_odd_batch():
    snap = snapshot([1.0, 1.0, 1.0])
    snap[layer_column(0, "grad_h")][-1] = 1e-9
    assert diagnose(snap, ["tanh"] * 3).verdict == "healthy"


def test_diverged_and_unknown():
    d = diagnose(snapshot([1.0, 1.0]), ["relu", "identity"], status="diverged at step 17")
    assert d.verdict == "diverged" and "diverged at step 17" in d.message and "lower_lr" in d.fixes
    assert diagnose({}, ["relu"]).verdict == "unknown"


def test_a_net_without_hidden_layers_is_healthy():
    assert diagnose(snapshot([0.3]), ["identity"]).verdict == "healthy"


def test_no_gradient_reaching_the_hidden_layers_is_a_symmetric_start_not_healthy_ratio_1():
    # The zeros-initialised ReLU net: dL/dh and dL/dW are exactly 0 in both hidden layers.
    snap = snapshot([0.0, 0.0, 0.09], grad_w=0.0)
    d = diagnose(snap, ["relu", "relu", "identity"])
    assert d.verdict == "symmetric"
    assert "no gradient reaches layer 1 and layer 2" in d.message
    assert "random initialisation breaks the symmetry" in d.cause
    assert d.fixes == ("random_init",) and set(d.fixes) <= set(FIXES)


def test_units_receiving_identical_gradients_are_a_symmetric_start():
    d = diagnose(snapshot([1.0, 1.0, 1.0], grad_spread=1e-8), ["tanh", "tanh", "identity"])
    assert d.verdict == "symmetric" and "every unit of layer 1 and layer 2 receives the same gradient" in d.cause
    # Units that differ a little are not symmetric; one-unit layers (spread NaN) have nothing to compare.
    assert diagnose(snapshot([1.0, 1.0, 1.0], grad_spread=1e-3), ["tanh"] * 3).verdict == "healthy"
    assert diagnose(snapshot([1.0, 1.0, 1.0], grad_spread=np.nan), ["tanh"] * 3).verdict == "healthy"


def test_the_message_names_layers_as_the_other_views_do_and_the_cause_names_the_worst_layer():
    snap = snapshot([1e-6, 1e-3, 1.0, 0.5])
    snap[layer_column(0, "saturated")][:] = 0.05
    snap[layer_column(1, "saturated")][:] = 0.92
    d = diagnose(snap, ["tanh"] * 3 + ["identity"], layer_names=["dense2", "dense4", "dense6", "output"])
    assert "dense2 receives 1.0e-6 times the gradient of dense6: vanishing" in d.message
    assert "92% of dense4's units are saturated" in d.cause


def test_one_saturated_layer_explains_vanishing_even_if_the_mean_does_not():
    # Mean saturation (0.3 + 0 + 0) / 3 = 10% is under the 20% share; dense3's own 30% is over it.
    snap = snapshot([1e-6, 1e-3, 1.0, 0.5])
    snap[layer_column(2, "saturated")][:] = 0.3
    d = diagnose(snap, ["sigmoid"] * 3 + ["identity"], layer_names=["dense1", "dense2", "dense3", "output"])
    assert "30% of dense3's units are saturated" in d.cause


def test_dead_relus_are_named_with_their_layer():
    snap = snapshot([1e-5, 1.0, 1.0])
    snap[layer_column(0, "dead")][:] = 0.61
    d = diagnose(snap, ["relu", "relu", "identity"], layer_names=["dense1", "dense2", "output"])
    assert "61% of dense1's units are dead ReLUs" in d.cause
