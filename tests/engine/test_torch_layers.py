"""Live cross-checks against PyTorch on fresh random data (skipped when torch is not installed)."""
import math

import numpy as np
import pytest

from engine import spec
from engine.gradcheck import relative_error
from engine.initializers import initialize
from engine.layers import BatchNorm, Dense, Residual
from engine.losses import get_loss
from engine.network import build_network
from engine.spec import InitSpec

torch = pytest.importorskip("torch")
F = torch.nn.functional
pytestmark = pytest.mark.torch

TOL = 1e-8
SLOPE = 0.3
TORCH_ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda z: F.leaky_relu(z, negative_slope=SLOPE),
    "elu": lambda z: F.elu(z, alpha=SLOPE),
    "gelu": F.gelu,
    "softplus": F.softplus,
    "softsign": F.softsign,
}


def t(a, grad=False):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def as_numpy(x):
    return x.detach().numpy()


def dense_like(W, b, activation="identity", name="d"):
    layer = Dense(W.shape[0], W.shape[1], activation, SLOPE, InitSpec(), np.random.default_rng(0), np.float64, name)
    np.copyto(layer.W, W)
    np.copyto(layer.b, b)
    return layer


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("activation", spec.ACTIVATIONS)
def test_dense(activation, seed):
    rng = np.random.default_rng(seed)
    x, W, b = rng.normal(size=(7, 4)) * 3, rng.normal(size=(4, 5)), rng.normal(size=5)
    dy = rng.normal(size=(7, 5))
    layer = dense_like(W, b, activation)
    tx, tW, tb = t(x, True), t(W, True), t(b, True)
    out = TORCH_ACTIVATIONS[activation](tx @ tW + tb)
    (out * t(dy)).sum().backward()
    assert relative_error(layer.forward(x, True), as_numpy(out)) < TOL
    assert relative_error(layer.backward(dy), as_numpy(tx.grad)) < TOL
    assert relative_error(layer.grads["W"], as_numpy(tW.grad)) < TOL
    assert relative_error(layer.grads["b"], as_numpy(tb.grad)) < TOL


def test_batchnorm_over_several_steps_then_eval():
    rng = np.random.default_rng(3)
    ours = BatchNorm(5, 0.3, 1e-3, np.float64, "bn")
    theirs = torch.nn.BatchNorm1d(5, eps=1e-3, momentum=0.3).double()
    for step in range(4):
        training = step < 3
        theirs.train(training)
        x, dy = rng.normal(size=(9, 5)) * 2 + 1, rng.normal(size=(9, 5))
        tx = t(x, True)
        theirs.zero_grad()
        out = theirs(tx)
        (out * t(dy)).sum().backward()
        assert relative_error(ours.forward(x, training), as_numpy(out)) < TOL
        assert relative_error(ours.backward(dy), as_numpy(tx.grad)) < TOL
        assert relative_error(ours.grads["gamma"], as_numpy(theirs.weight.grad)) < TOL
        assert relative_error(ours.grads["beta"], as_numpy(theirs.bias.grad)) < TOL
        assert relative_error(ours.running_mean, as_numpy(theirs.running_mean)) < TOL
        assert relative_error(ours.running_var, as_numpy(theirs.running_var)) < TOL


@pytest.mark.parametrize("out_width", [4, 2])
def test_residual(out_width):
    rng = np.random.default_rng(4)
    x, dy = rng.normal(size=(6, 4)), rng.normal(size=(6, out_width))
    Wa, ba, Wb, bb = rng.normal(size=(4, 3)), rng.normal(size=3), rng.normal(size=(3, out_width)), rng.normal(size=out_width)
    projection = None
    tensors = [t(a, True) for a in (x, Wa, ba, Wb, bb)]
    tx, tWa, tba, tWb, tbb = tensors
    skip = tx
    if out_width != 4:
        Wp, bp = rng.normal(size=(4, out_width)), rng.normal(size=out_width)
        projection = dense_like(Wp, bp, name="p")
        tWp, tbp = t(Wp, True), t(bp, True)
        tensors += [tWp, tbp]
        skip = tx @ tWp + tbp
    block = Residual([dense_like(Wa, ba, "relu", "a"), dense_like(Wb, bb, "softsign", "b")], projection, "res")
    out = F.softsign(F.relu(tx @ tWa + tba) @ tWb + tbb) + skip
    (out * t(dy)).sum().backward()
    assert relative_error(block.forward(x, True), as_numpy(out)) < TOL
    assert relative_error(block.backward(dy), as_numpy(tx.grad)) < TOL
    ours = [g for layer in block.sublayers() for g in layer.grads.values()]
    for mine, theirs in zip(ours, tensors[1:]):
        assert relative_error(mine, as_numpy(theirs.grad)) < TOL


@pytest.mark.parametrize("name", spec.LOSSES)
def test_losses(name):
    rng = np.random.default_rng(5)
    if name == "cross_entropy":
        logits, y = rng.normal(size=(8, 4)) * 5, rng.integers(0, 4, size=8)
        theirs, target = torch.nn.CrossEntropyLoss(), torch.tensor(y)
    elif name == "binary_cross_entropy":
        logits, y = rng.normal(size=(8, 1)) * 20, rng.integers(0, 2, size=(8, 1)).astype(float)
        theirs, target = torch.nn.BCEWithLogitsLoss(), t(y)
    elif name == "half_squared_error":       # E = ½(a − t)²: half of torch's mean squared error
        logits, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 3))
        theirs, target = (lambda a, b: 0.5 * F.mse_loss(a, b)), t(y)
    else:
        logits, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 3))
        theirs, target = torch.nn.MSELoss(), t(y)
    tz = t(logits, True)
    value = theirs(tz, target)
    value.backward()
    ours = get_loss(name)
    assert ours.forward(logits, y) == pytest.approx(value.item(), rel=1e-12)
    assert relative_error(ours.backward(), as_numpy(tz.grad)) < TOL


# torch initialiser on a torch-shaped (fan_out, fan_in) weight, with the same meaning as our InitSpec
TORCH_INITS = {
    "xavier_uniform": (InitSpec("xavier_uniform", gain=1.5), lambda w: torch.nn.init.xavier_uniform_(w, gain=1.5)),
    "xavier_normal": (InitSpec("xavier_normal"), torch.nn.init.xavier_normal_),
    "he_uniform": (InitSpec("he_uniform"), lambda w: torch.nn.init.kaiming_uniform_(w, nonlinearity="relu")),
    "he_normal_fan_out": (InitSpec("he_normal", mode="fan_out"),
                          lambda w: torch.nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")),
    "lecun_normal": (InitSpec("lecun_normal"), lambda w: torch.nn.init.kaiming_normal_(w, nonlinearity="linear")),
    "pytorch_default": (InitSpec("pytorch_default"), lambda w: torch.nn.init.kaiming_uniform_(w, a=math.sqrt(5))),
    "orthogonal": (InitSpec("orthogonal", gain=0.7), lambda w: torch.nn.init.orthogonal_(w, gain=0.7)),
}


@pytest.mark.parametrize("case", sorted(TORCH_INITS))
def test_initialisers_have_torch_scale_and_orientation(case):
    init_spec, torch_init = TORCH_INITS[case]
    fan_in, fan_out = 300, 120
    theirs = torch_init(torch.empty(fan_out, fan_in, dtype=torch.float64)).numpy().T
    ours = initialize(init_spec, (fan_in, fan_out), np.random.default_rng(0), np.float64)
    assert ours.shape == theirs.shape
    assert ours.std() == pytest.approx(theirs.std(), rel=0.03)
    assert np.abs(ours).max() <= 1.05 * np.abs(theirs).max() * (1.0 if "uniform" in case else 2.0)
    if case == "orthogonal":       # fan_out < fan_in: torch's rows, our W's columns, are orthonormal
        np.testing.assert_allclose(theirs.T @ theirs, 0.49 * np.eye(fan_out), atol=1e-10)
        np.testing.assert_allclose(ours.T @ ours, 0.49 * np.eye(fan_out), atol=1e-10)


@pytest.mark.parametrize("loss, activation", [("half_squared_error", "sigmoid"), ("mse", "tanh")])
def test_output_activation_with_a_squared_error(loss, activation):
    """An activation on the output layer, then the squared error on its outputs: the network's
    gradients equal torch's for a = act(h W + b), E = mean((a - t)^2) (times ½ for half_squared_error)."""
    rng = np.random.default_rng(6)
    exp = spec.Experiment(layers=(spec.DenseSpec(4, "relu"),), loss=loss, output_activation=activation,
                          dtype="float64", data=spec.DataSpec(name="sine"))
    net = build_network(exp, 3, 2)
    x, y = rng.normal(size=(7, 3)), rng.normal(size=(7, 2))
    ours = get_loss(loss)
    value = ours.forward(net.forward(x, True), y)
    net.backward(ours.backward())
    params = {name: t(value_, True) for name, value_, _ in net.parameters()}
    hidden = F.relu(t(x) @ params["dense1.W"] + params["dense1.b"])
    out = TORCH_ACTIVATIONS[activation](hidden @ params["output.W"] + params["output.b"])
    theirs = F.mse_loss(out, t(y)) * (0.5 if loss == "half_squared_error" else 1.0)
    theirs.backward()
    assert value == pytest.approx(theirs.item(), rel=1e-12)
    for name, _, grad in net.parameters():
        assert relative_error(grad, as_numpy(params[name].grad)) < TOL
