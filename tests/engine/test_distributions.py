"""Layer distributions (TensorBoard's compressed quantiles) and the fit picture, against hand
computations on tiny networks; neither picture changes the run it watches."""
from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from engine.distributions import (BASIS_POINTS, CAPACITY, KINDS, MAX_VALUES, DistributionPainter, compress,
                                  histogram, quantile_column, thinned)
from engine.fit import CURVE_POINTS, FitPainter, curve_inputs
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import MAX_TRACKED_PARAMETERS, Trainer


def sine_net(**changes) -> Experiment:
    exp = Experiment(data=DataSpec(name="sine", n_samples=50), layers=(DenseSpec(3, "tanh"),), loss="mse",
                     optimizer=OptimizerSpec(name="sgd", lr=0.05), batch_size=10, steps=30, epochs=None,
                     dtype="float64", probe_every=1)
    return exp.replace(**changes)


def test_compress_is_numpys_percentile_at_tensorboards_basis_points():
    values = np.sort(np.random.default_rng(0).normal(size=1001))
    assert BASIS_POINTS == (0, 668, 1587, 3085, 5000, 6915, 8413, 9332, 10000)
    np.testing.assert_allclose(compress(values), np.percentile(values, np.array(BASIS_POINTS) / 100), rtol=1e-12)
    # By hand: 0..4 has min 0, median 2, max 4, and 30.85% at position 1.234.
    q = compress(np.arange(5.0))
    assert (q[0], q[4], q[8]) == (0.0, 2.0, 4.0) and q[3] == pytest.approx(1.234)


def test_histogram_bins_as_numpy_does_and_a_constant_gets_a_unit_bin():
    values = np.sort(np.random.default_rng(1).uniform(-3, 5, size=777))
    counts, edges = histogram(values, 12)
    expected_counts, expected_edges = np.histogram(values, bins=12)
    np.testing.assert_array_equal(counts, expected_counts)
    np.testing.assert_allclose(edges, expected_edges)
    counts, edges = histogram(np.full(4, 2.0), 2)
    np.testing.assert_array_equal(counts, [0, 4])              # [1.5, 2) and [2, 2.5]
    np.testing.assert_allclose(edges, [1.5, 2.0, 2.5])


def test_thinned_keeps_an_even_stride_of_at_most_the_limit():
    assert thinned(np.arange(10.0), 4).tolist() == [0.0, 3.0, 6.0, 9.0]
    assert thinned(np.ones((3, 2))).shape == (6,)
    assert thinned(np.arange(3 * MAX_VALUES)).size == MAX_VALUES


def test_distribution_quantiles_against_a_hand_forward_and_backward_pass():
    trainer = Trainer(sine_net())
    layer, out = trainer.net.layers[0], trainer.net.layers[1]
    painter = DistributionPainter(trainer)
    picture = painter(trainer)
    x, y = painter.x, painter.y
    z = x @ layer.W + layer.b
    h = np.tanh(z)
    logits = h @ out.W + out.b
    dlogits = 2.0 * (logits - y) / logits.size                  # mse = mean of squares
    expected = {"pre_activation": z, "activation": h, "gradient": dlogits @ out.W.T}
    assert picture.layer_names == ("dense1 · tanh", "output") and picture.step == 0
    for kind in KINDS:
        column = [picture.quantiles[quantile_column(0, kind, point)][-1] for point in BASIS_POINTS]
        np.testing.assert_allclose(column, np.percentile(expected[kind], np.array(BASIS_POINTS) / 100), rtol=1e-6)
    counts, _ = picture.histograms[0][1]
    np.testing.assert_array_equal(counts, np.histogram(h, bins=len(counts))[0])
    # The output layer's gradient is dL/dlogits itself.
    median = picture.quantiles[quantile_column(1, "gradient", 5000)][-1]
    assert median == pytest.approx(float(np.median(dlogits)), rel=1e-6)


def test_painting_distributions_and_fits_leaves_the_run_bit_identical():
    watched, plain = Trainer(sine_net()), Trainer(sine_net())
    painters = [DistributionPainter(watched), FitPainter(watched)]
    watched.run(callback=lambda t: [paint(t) for paint in painters])
    plain.run()
    for column in plain.history.columns:
        np.testing.assert_array_equal(watched.history.column(column), plain.history.column(column))
    for (_, a, _), (_, b, _) in zip(watched.params, plain.params):
        np.testing.assert_array_equal(a, b)


def test_distribution_memory_is_bounded_however_many_samples():
    trainer = Trainer(sine_net())
    painter = DistributionPainter(trainer)
    for _ in range(3 * CAPACITY):
        picture = painter(trainer)
    assert len(picture.quantiles["step"]) <= CAPACITY
    assert picture.quantiles["width"].sum() == 3 * CAPACITY       # every sample still counted, merged


def test_fit_picture_of_the_single_neuron_is_sigmoid_of_w_x_plus_b_with_w_and_b_over_steps():
    exp = Experiment.load(resources.files("resources.presets").joinpath("single_neuron.json"))
    trainer = Trainer(exp.replace(dtype="float64", steps=31))
    painter = FitPainter.for_trainer(trainer)
    trainer.run()
    picture = painter(trainer)
    w, b = (float(value.ravel()[0]) for _, value, _ in trainer.params)
    np.testing.assert_allclose(picture.outputs[:, 0], 1 / (1 + np.exp(-(w * picture.xs + b))), rtol=1e-12)
    assert picture.curve_labels == ("P(class 1)",) and picture.classification and picture.step == 31
    x = trainer.x_train[:, 0]
    span = x.max() - x.min()
    np.testing.assert_allclose(picture.xs[[0, -1]], [x.min() - 0.1 * span, x.max() + 0.1 * span])
    assert len(picture.xs) == CURVE_POINTS
    np.testing.assert_array_equal(np.sort(picture.x_data), np.sort(x))       # 160 points: all of them
    params = picture.parameters
    assert [k for k in params if k not in ("step", "width")] == ["output.W", "output.b"]
    # The start, then after each probe step (probe_every 10 samples steps 0, 10, 20, 30 before their update).
    assert params["step"].tolist() == [0, 1, 11, 21, 31]
    assert (params["output.W"][0], params["output.b"][0]) == (0.5, 0.0)        # the preset's initial w and b
    assert (params["output.W"][-1], params["output.b"][-1]) == (w, b)


def test_fit_applies_to_1d_data_only_and_parameters_to_small_networks_only():
    assert FitPainter.for_trainer(Trainer(sine_net(data=DataSpec(name="moons", n_samples=20),
                                                    loss="cross_entropy"))) is None
    regression = Trainer(sine_net())
    assert sum(v.size for _, v, _ in regression.params) == 3 + 3 + 3 + 1 <= MAX_TRACKED_PARAMETERS
    assert regression.parameter_history.columns == ["dense1.W[0,0]", "dense1.W[0,1]", "dense1.W[0,2]",
                                                    "dense1.b[0]", "dense1.b[1]", "dense1.b[2]",
                                                    "output.W[0,0]", "output.W[1,0]", "output.W[2,0]", "output.b"]
    picture = FitPainter(regression)(regression)
    assert picture.curve_labels == ("prediction",) and not picture.classification
    np.testing.assert_allclose(picture.outputs, regression.predict(picture.xs[:, None]))
    assert Trainer(sine_net(layers=(DenseSpec(8, "tanh"),))).parameter_history is None   # 25 parameters


def test_curve_inputs_cover_the_data_with_a_margin():
    np.testing.assert_allclose(curve_inputs(np.array([0.0, 2.0]), 5), [-0.2, 0.4, 1.0, 1.6, 2.2])
    np.testing.assert_allclose(curve_inputs(np.array([1.0, 1.0]), 3), [0.0, 1.0, 2.0])
