import numpy as np
import pytest

from engine.activations import Activation
from engine.gradcheck import gradcheck, numeric_gradient, relative_error
from engine.network import build_network
from engine.spec import (ActivationSpec, BatchNormSpec, DenseSpec, DropoutSpec, Experiment, InitSpec,
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
