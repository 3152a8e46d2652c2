import numpy as np
import pytest

from engine.activations import Activation
from engine.gradcheck import gradcheck, numeric_gradient, relative_error
from engine.network import build_network
from engine.spec import (ActivationSpec, BatchNormSpec, DataSpec, DenseSpec, DropoutSpec, Experiment, InitSpec,
                         ResidualSpec)

LAYERS = (
    DenseSpec(6, "tanh", init=InitSpec("xavier_normal")),
    BatchNormSpec(),
    DropoutSpec(0.3),
    ResidualSpec((DenseSpec(5, "gelu"), ActivationSpec("softplus"), DenseSpec(4, "identity"))),
    DenseSpec(4, "elu", slope=1.0, init=InitSpec("pytorch_default")),
)


def batch(loss, seed=0, n=6):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    if loss == "cross_entropy":
        return x, rng.permutation(np.arange(n) % 3)
    if loss == "binary_cross_entropy":
        return x, (np.arange(n) % 2).astype(np.float64).reshape(n, 1)
    return x, rng.normal(size=(n, 2))


def test_relative_error_definition():
    assert relative_error(np.array([1.0]), np.array([1.1])) == pytest.approx(0.1 / 2.1)
    assert relative_error(np.array([0.0, 2.0]), np.array([1e-12, 2.0])) == pytest.approx(1e-4)   # floor 1e-8
    assert relative_error(np.zeros(0), np.zeros(0)) == 0.0


def test_numeric_gradient_of_a_known_function_and_restores_the_array():
    a = np.array([[1.0, -2.0], [0.5, 3.0]])
    original = a.copy()
    grad = numeric_gradient(a, lambda: float(np.sum(a ** 3)), 1e-5)
    np.testing.assert_allclose(grad, 3 * original ** 2, rtol=1e-9)
    np.testing.assert_array_equal(a, original)


@pytest.mark.parametrize("loss", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_every_layer_type_passes_on_each_loss(loss):
    exp = Experiment(layers=LAYERS, loss=loss, seed=1, dtype="float32")     # checked in float64 all the same
    x, y = batch(loss)
    errors = gradcheck(exp, x, y, loss)
    n_outputs = {"mse": 2, "cross_entropy": 3, "binary_cross_entropy": 1}[loss]
    expected = build_network(exp.replace(dtype="float64"), 3, n_outputs)
    assert list(errors) == [name for name, _, _ in expected.parameters()] + ["input"]
    worst = max(errors, key=errors.get)
    assert errors[worst] < 1e-6, (worst, errors[worst])


@pytest.mark.parametrize("loss, activation", [("half_squared_error", "sigmoid"), ("mse", "tanh"),
                                              ("half_squared_error", "softplus")])
def test_an_activation_on_the_output_passes_with_the_squared_errors(loss, activation):
    exp = Experiment(layers=LAYERS, loss=loss, output_activation=activation, seed=2, data=DataSpec(name="sine"))
    x, y = batch(loss)
    errors = gradcheck(exp, x, y, loss)
    worst = max(errors, key=errors.get)
    assert errors[worst] < 1e-6, (worst, errors[worst])


class WrongSigmoid(Activation):
    """Sigmoid forward with a derivative off by 10%: the bug gradcheck exists to catch."""
    def forward(self, z):
        return 1.0 / (1.0 + np.exp(-z))

    def backward(self, z, a, da):
        return 1.1 * da * a * (1.0 - a)


def test_a_wrong_derivative_is_caught_where_it_is():
    exp = Experiment(layers=(DenseSpec(4, "sigmoid"), DenseSpec(4, "sigmoid")), seed=0, dtype="float64")
    net = build_network(exp, 3, 2)
    net.layers[1].activation = WrongSigmoid()
    x, y = batch("mse")
    errors = gradcheck(net, x, y, "mse")
    assert errors["output.W"] < 1e-6                      # above the bug: unaffected
    assert errors["dense2.W"] > 1e-2 and errors["dense1.W"] > 1e-2 and errors["input"] > 1e-2


def test_the_network_is_left_as_it_was():
    exp = Experiment(layers=LAYERS, seed=2, dtype="float64")
    net = build_network(exp, 3, 3)
    before = net.state_dict()
    dropout = net.layers[2]
    rng_before = dropout.rng.bit_generator.state
    x, y = batch("cross_entropy")
    gradcheck(net, x, y, "cross_entropy")
    for name, value in net.state_dict().items():               # weights and running statistics
        np.testing.assert_array_equal(value, before[name], err_msg=name)
    assert dropout.rng.bit_generator.state == rng_before
    assert dropout.reuse_mask is False
    assert net.input_grad is False and net.layers[0].need_input_grad is False


def test_refuses_a_float32_network():
    net = build_network(Experiment(dtype="float32"), 3, 2)
    x, y = batch("cross_entropy")
    with pytest.raises(ValueError, match="float64"):
        gradcheck(net, x, y, "cross_entropy")


# ----------------------------------------------------------------------------- the app's and CLI's check

import json
import math

from engine import gradcheck_command
from engine.gradcheck import MIN_ENTRIES, check_experiment, check_network
from engine.layers import Dense
from engine.spec import DataSpec, OptimizerSpec
from engine.trainer import Trainer
from importlib import resources

SINGLE_NEURON = str(resources.files("resources.presets").joinpath("single_neuron.json"))


def small(**changes) -> Experiment:
    base = Experiment(data=DataSpec(name="moons", n_samples=40), layers=(DenseSpec(4, "tanh"), DenseSpec(3, "relu")),
                      loss="cross_entropy", optimizer=OptimizerSpec(name="sgd", lr=0.1), steps=10, epochs=None)
    return base.replace(**changes)


def test_single_neuron_check_reports_the_hand_derived_gradient_and_agrees_with_gradcheck():
    exp = Experiment.load(SINGLE_NEURON)
    report = check_experiment(exp, batch_size=8)
    trainer = Trainer(exp.replace(dtype="float64"), probes=False)
    rows = np.sort(np.random.Generator(np.random.PCG64([exp.seed, 3])).choice(len(trainer.x_train), 8, replace=False))
    x, y = trainer.x_train[rows], trainer.y_train[rows]
    a = 1.0 / (1.0 + np.exp(-(0.5 * x + 0.0)))         # w starts at 0.5, b at 0
    by_name = {p.name: p for p in report.parameters}
    assert by_name["output.W"].max_analytic == pytest.approx(abs(float(np.mean((a - y) * x))), rel=1e-12)
    assert by_name["output.b"].max_analytic == pytest.approx(abs(float(np.mean(a - y))), rel=1e-12)
    assert report.batch_size == 8 and report.checked == report.size == 2 and report.passed
    # The same numbers as the library's gradcheck on the same net and batch.
    errors = gradcheck(trainer.net, x, y, trainer.loss)
    for name in ("output.W", "output.b"):
        assert by_name[name].relative_error == errors[name]
    assert "every weight" in report.meaning() and "correct" in report.meaning()


def test_a_wrong_gradient_fails_and_names_the_parameter(monkeypatch):
    backward = Dense.backward

    def one_percent_off(self, dh):
        dx = backward(self, dh)
        if self.name == "dense2":
            self.grads["W"] *= 1.01
        return dx
    monkeypatch.setattr(Dense, "backward", one_percent_off)
    report = check_experiment(small())
    failed = [p.name for p in report.parameters if not p.passed]
    assert failed == ["dense2.W"] and not report.passed
    assert report.worst.relative_error == pytest.approx(0.01 / 2.01, rel=1e-3)
    assert report.meaning().startswith("The gradient of dense2.W disagrees")


def test_large_networks_check_a_bounded_random_sample_of_every_parameter():
    exp = small(layers=(DenseSpec(64, "tanh"), DenseSpec(64, "tanh")))
    report = check_experiment(exp, max_entries=200)
    sizes = {p.name: p.size for p in report.parameters}
    assert report.size == sum(sizes.values()) == 2 * 64 + 64 + 64 * 64 + 64 + 64 * 2 + 2
    for p in report.parameters:
        assert p.checked == min(p.size, max(MIN_ENTRIES, round(200 * p.size / report.size)))
    assert report.checked < report.size and report.passed
    assert f"a random sample of {report.checked:,} of the {report.size:,} weights" in report.meaning()


def test_check_network_leaves_the_weights_as_they_were():
    trainer = Trainer(small(dtype="float64"), probes=False)
    before = trainer.net.state_dict()
    check_network(trainer.net, trainer.x_train[:5], trainer.y_train[:5], trainer.loss)
    for name, value in trainer.net.state_dict().items():
        np.testing.assert_array_equal(value, before[name])


def test_gradcheck_command_prints_a_table_or_json_and_exits_by_the_result(capsys, tmp_path, monkeypatch):
    assert gradcheck_command.main([SINGLE_NEURON]) == 0
    out = capsys.readouterr().out
    assert "output.W" in out and "PASS: Backpropagation is correct here" in out
    assert gradcheck_command.main([SINGLE_NEURON, "--json", "--batch", "4"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] and report["batch_size"] == 4 and [p["name"] for p in report["parameters"]] == ["output.W", "output.b"]
    assert gradcheck_command.main([SINGLE_NEURON, "--batch", "0"]) == 2
    assert "--batch" in capsys.readouterr().err
    monkeypatch.setattr(Dense, "backward", backward_that_forgets_the_gradient)
    assert gradcheck_command.main([SINGLE_NEURON]) == 1
    assert "FAIL: The gradient of output" in capsys.readouterr().out


def backward_that_forgets_the_gradient(layer, dh):
    for grad in layer.grads.values():
        grad.fill(0.0)
