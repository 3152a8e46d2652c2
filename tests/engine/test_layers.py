from pathlib import Path

import numpy as np
import pytest

from engine import spec
from engine.gradcheck import gradcheck, relative_error
from engine.layers import ActivationLayer, BatchNorm, Dense, Dropout, Residual
from engine.network import Network
from engine.spec import InitSpec

FIXTURES = Path(__file__).parent.parent / "fixtures"
TOL = 1e-8        # engine vs torch: float64 arithmetic in a different order


def fixture(name):
    with np.load(FIXTURES / f"layers_{name}.npz", allow_pickle=False) as f:
        return dict(f)


def dense(fan_in, units, activation="identity", slope=0.01, dtype=np.float64, name="d", seed=0):
    """A Dense with random weights and biases; non-zero biases keep all-zero relu rows off the kink."""
    rng = np.random.default_rng(seed)
    layer = Dense(fan_in, units, activation, slope, InitSpec("xavier_normal"), rng, dtype, name)
    layer.b[:] = rng.normal(scale=0.5, size=units)
    return layer


def dense_with(W, b, activation="identity", slope=0.01, name="d"):
    layer = dense(W.shape[0], W.shape[1], activation, slope, name=name)
    np.copyto(layer.W, W)
    np.copyto(layer.b, b)
    return layer


def check_gradients(layers, n_inputs, seed=0, batch=6):
    """Central-difference check of ``layers`` followed by a linear output, on an mse loss."""
    rng = np.random.default_rng(seed)
    width = Network(layers).forward(np.zeros((2, n_inputs)), training=False).shape[1]
    net = Network(layers + [dense(width, 2, name="output", seed=seed + 1)])
    x, y = rng.normal(size=(batch, n_inputs)), rng.normal(size=(batch, 2))
    errors = gradcheck(net, x, y, "mse")
    assert set(errors) == {name for name, _, _ in net.parameters()} | {"input"}
    worst = max(errors, key=errors.get)
    assert errors[worst] < 1e-6, (worst, errors[worst])


# ----------------------------------------------------------------------------- against torch fixtures

@pytest.mark.parametrize("activation", spec.ACTIVATIONS)
def test_dense_matches_torch(activation):
    f = fixture(f"dense_{activation}")
    layer = dense_with(f["W"], f["b"], activation, float(f["slope"]))
    out = layer.forward(f["x"], training=True)
    assert relative_error(out, f["out"]) < TOL
    dx = layer.backward(f["dy"])
    assert relative_error(dx, f["dx"]) < TOL
    assert relative_error(layer.grads["W"], f["dW"]) < TOL
    assert relative_error(layer.grads["b"], f["db"]) < TOL


@pytest.mark.parametrize("mode", ["train", "eval"])
def test_batchnorm_matches_torch(mode):
    f = fixture(f"batchnorm_{mode}")
    bn = BatchNorm(4, float(f["momentum"]), float(f["eps"]), np.float64, "bn")
    for key in ("gamma", "beta", "running_mean", "running_var"):
        np.copyto(getattr(bn, key), f[key])
    out = bn.forward(f["x"], training=mode == "train")
    assert relative_error(out, f["out"]) < TOL
    assert relative_error(bn.backward(f["dy"]), f["dx"]) < TOL
    assert relative_error(bn.grads["gamma"], f["dgamma"]) < TOL
    assert relative_error(bn.grads["beta"], f["dbeta"]) < TOL
    assert relative_error(bn.buffers["running_mean"], f["running_mean_after"]) < TOL
    assert relative_error(bn.buffers["running_var"], f["running_var_after"]) < TOL


@pytest.mark.parametrize("case", ["residual", "residual_projection"])
def test_residual_matches_torch(case):
    f = fixture(case)
    inner = [dense_with(f["Wa"], f["ba"], "tanh", name="a"), dense_with(f["Wb"], f["bb"], name="b")]
    projection = dense_with(f["Wp"], f["bp"], name="p") if "Wp" in f else None
    block = Residual(inner, projection, "res")
    assert relative_error(block.forward(f["x"], training=True), f["out"]) < TOL
    assert relative_error(block.backward(f["dy"]), f["dx"]) < TOL
    grads = {"Wa": inner[0].grads["W"], "ba": inner[0].grads["b"], "Wb": inner[1].grads["W"],
             "bb": inner[1].grads["b"]}
    if projection is not None:
        grads.update(Wp=projection.grads["W"], bp=projection.grads["b"])
    for key, grad in grads.items():
        assert relative_error(grad, f[f"d{key}"]) < TOL, key


# ----------------------------------------------------------------------------- central differences

@pytest.mark.parametrize("activation", spec.ACTIVATIONS)
def test_dense_gradients(activation):
    check_gradients([dense(3, 5, activation, slope=0.2, name="d1"), dense(5, 4, activation, slope=0.2, name="d2")], 3)


@pytest.mark.parametrize("activation", spec.ACTIVATIONS)
def test_activation_layer_gradients(activation):
    check_gradients([dense(3, 4, name="d1"), ActivationLayer(activation, 0.2, "act")], 3)


def test_batchnorm_gradients_in_training_mode():
    bn = BatchNorm(4, 0.1, 1e-5, np.float64, "bn")
    bn.gamma[:] = [0.5, 1.5, -1.0, 2.0]
    bn.beta[:] = [0.1, -0.2, 0.3, 0.0]
    check_gradients([dense(3, 4, "tanh", name="d1"), bn], 3)


def test_dropout_gradients_with_its_mask_held():
    check_gradients([dense(3, 6, "tanh", name="d1"), Dropout(0.5, np.random.default_rng(3), "drop")], 3)


@pytest.mark.parametrize("out_width", [3, 5])
def test_residual_gradients_with_and_without_projection(out_width):
    inner = [dense(3, 6, "tanh", name="a"), BatchNorm(6, 0.1, 1e-5, np.float64, "bn"),
             dense(6, out_width, "gelu", name="b")]
    projection = dense(3, out_width, name="p") if out_width != 3 else None
    check_gradients([Residual(inner, projection, "res")], 3)


# ----------------------------------------------------------------------------- behaviour

def test_batchnorm_eval_uses_running_statistics_and_training_updates_them():
    rng = np.random.default_rng(0)
    bn = BatchNorm(3, 0.1, 1e-5, np.float64, "bn")
    x = rng.normal(loc=5.0, scale=2.0, size=(500, 3))
    for _ in range(100):
        bn.forward(x, training=True)
    np.testing.assert_allclose(bn.running_mean, x.mean(axis=0), rtol=1e-4)
    np.testing.assert_allclose(bn.running_var, x.var(axis=0, ddof=1), rtol=1e-4)
    frozen = bn.running_mean.copy()
    out = bn.forward(x[:4], training=False)
    np.testing.assert_array_equal(bn.running_mean, frozen)
    np.testing.assert_allclose(out, (x[:4] - bn.running_mean) / np.sqrt(bn.running_var + 1e-5))


def test_batchnorm_refuses_a_single_sample_in_training():
    with pytest.raises(ValueError, match="at least 2 samples"):
        BatchNorm(3, 0.1, 1e-5, np.float64, "bn").forward(np.ones((1, 3)), training=True)


def test_dropout_is_inverted_seeded_and_off_in_evaluation():
    x = np.ones((200, 100))
    drop = Dropout(0.25, np.random.default_rng(7), "drop")
    y = drop.forward(x, training=True)
    assert set(np.unique(y)) == {0.0, 1 / 0.75}
    assert np.mean(y == 0) == pytest.approx(0.25, abs=0.01)
    np.testing.assert_array_equal(drop.backward(np.ones_like(x)), y)   # same mask on the way back
    again = Dropout(0.25, np.random.default_rng(7), "drop").forward(x, training=True)
    np.testing.assert_array_equal(again, y)
    assert drop.forward(x, training=False) is x
    assert drop.backward(x) is x
    assert Dropout(0.0, np.random.default_rng(7), "drop").forward(x, training=True) is x


def test_dense_probes_record_grad_h_and_activation_statistics():
    layer = dense(2, 3, "relu")
    layer.W[:] = [[1.0, -1.0, 0.5], [1.0, -1.0, -0.5]]
    layer.b[:] = 0.0
    x = np.array([[1.0, 2.0], [2.0, 1.0]])
    layer.record_activations = True
    h = layer.forward(x, training=True)          # unit 1 is negative on both samples: dead
    mean, std, saturated, dead = layer.act_stats
    assert (mean, std) == pytest.approx((h.mean(), h.std()))
    assert saturated == 0.0 and dead == pytest.approx(1 / 3)
    dh = np.array([[1.0, 2.0, -3.0], [0.5, 0.0, 1.0]])
    layer.backward(dh)
    assert layer.dh_sq == pytest.approx(np.sum(dh ** 2))
    layer.record_grad_h = False
    layer.backward(2 * dh)
    assert layer.dh_sq == pytest.approx(np.sum(dh ** 2))


def test_sigmoid_dense_reports_saturation():
    layer = dense(1, 2, "sigmoid")
    layer.W[:] = [[10.0, 0.0]]
    layer.record_activations = True
    layer.forward(np.array([[1.0], [-1.0]]), training=True)
    assert layer.act_stats[2] == 0.5                # unit 0 at sigmoid(+-10), unit 1 at 0.5


def test_dense_without_input_grad_returns_none_and_still_fills_grads():
    rng = np.random.default_rng(0)
    x, dh = rng.normal(size=(4, 3)), rng.normal(size=(4, 2))
    full, lean = dense(3, 2, "tanh"), dense(3, 2, "tanh")
    lean.need_input_grad = False
    full.forward(x, True)
    lean.forward(x, True)
    assert full.backward(dh) is not None
    assert lean.backward(dh) is None
    np.testing.assert_array_equal(lean.grads["W"], full.grads["W"])
    np.testing.assert_array_equal(lean.grads["b"], full.grads["b"])


def test_gradients_are_written_into_the_same_arrays():
    layers = [dense(3, 4, "relu"), BatchNorm(4, 0.1, 1e-5, np.float64, "bn")]
    held = [grad for layer in layers for grad in layer.grads.values()]
    rng = np.random.default_rng(0)
    for _ in range(2):
        out = layers[1].forward(layers[0].forward(rng.normal(size=(5, 3)), True), True)
        layers[0].backward(layers[1].backward(rng.normal(size=out.shape)))
    assert all(a is b for a, b in zip(held, [g for layer in layers for g in layer.grads.values()]))
    assert all(np.any(g != 0) for g in held)


def test_float32_stays_float32_through_every_layer():
    rng = np.random.default_rng(0)
    f32 = np.float32
    inner = [dense(4, 4, "gelu", dtype=f32, name="a"), ActivationLayer("elu", 1.0, "act")]
    layers = [dense(3, 4, "sigmoid", dtype=f32), BatchNorm(4, 0.1, 1e-5, f32, "bn"),
              Dropout(0.5, np.random.default_rng(1), "drop"), Residual(inner, None, "res"),
              Residual([dense(4, 2, "tanh", dtype=f32, name="b")], dense(4, 2, dtype=f32, name="p"), "res2")]
    x = rng.normal(size=(5, 3)).astype(f32)
    for layer in layers:
        x = layer.forward(x, True)
        assert x.dtype == f32, layer
    d = np.ones_like(x)
    for layer in reversed(layers):
        d = layer.backward(d)
        assert d.dtype == f32, layer
        assert all(g.dtype == f32 for g in layer.grads.values())


def test_residual_lists_its_projection_as_a_sublayer_and_hides_it_from_probes():
    inner = [dense(3, 2, name="a")]
    projection = dense(3, 2, name="p")
    block = Residual(inner, projection, "res")
    assert block.sublayers() == [inner[0], projection]
    assert projection.probed is False and inner[0].probed is True
    assert Residual([dense(3, 3)], None, "r").sublayers()[0].name == "d"


def test_unit_gradient_spread_against_a_hand_computation():
    layer = dense_with(np.array([[1.0, 2.0]]), np.array([0.0, 0.0]))
    layer.forward(np.array([[1.0], [3.0]]), training=True)
    layer.backward(np.array([[1.0, 2.0], [1.0, 0.0]]))
    # dW = x.T @ dy = [[4, 2]], db = [2, 2]: unit columns (4, 2) and (2, 2), mean (3, 2),
    # deviations (1, 0) and (-1, 0): sqrt(2 / (16 + 4 + 4 + 4)) = sqrt(1/14).
    assert layer.unit_gradient_spread() == pytest.approx((1 / 14) ** 0.5, rel=1e-12)
    layer.backward(np.array([[1.0, 1.0], [2.0, 2.0]]))           # both units get the same gradient
    assert layer.unit_gradient_spread() == 0.0
    layer.backward(np.zeros((2, 2)))                             # no gradient: nothing to compare
    assert np.isnan(layer.unit_gradient_spread())
    single = dense_with(np.array([[1.0]]), np.array([0.0]))
    single.forward(np.array([[1.0]]), training=True)
    single.backward(np.array([[1.0]]))
    assert np.isnan(single.unit_gradient_spread())
