import math
import warnings

import numpy as np
import pytest

from engine import spec
from engine.activations import ACTIVATION_FUNCS, erf, get_activation
from engine.gradcheck import relative_error

# Pre-activations spread over every regime and kept away from relu's kink at 0.
Z = np.concatenate([np.linspace(-25.0, -0.05, 60), np.linspace(0.05, 25.0, 60)])
# Where the derivative is not tiny next to the round-off of f itself (f'(z) >> 1e-16 |f(z)| / h).
Z_GRAD = np.concatenate([np.linspace(-5.0, -0.05, 50), np.linspace(0.05, 5.0, 50)])


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


# Scalar definitions, written from the torch documentation with the math module.
REFERENCE = {
    "identity": lambda v, s: v,
    "sigmoid": lambda v, s: _sigmoid(v),
    "tanh": lambda v, s: math.tanh(v),
    "relu": lambda v, s: max(v, 0.0),
    "leaky_relu": lambda v, s: v if v > 0 else s * v,
    "elu": lambda v, s: v if v > 0 else s * (math.exp(v) - 1.0),
    "gelu": lambda v, s: 0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))),
    "softplus": lambda v, s: v if v > 20 else math.log1p(math.exp(v)),
    "softsign": lambda v, s: v / (1.0 + abs(v)),
}
SLOPE = 0.2


def test_registry_covers_every_activation_the_spec_offers():
    assert set(ACTIVATION_FUNCS) == set(spec.ACTIVATIONS) == set(REFERENCE)


def test_erf_matches_math_erf_to_a_few_ulp():
    x = np.concatenate([np.linspace(-7.0, 7.0, 100_001), [0.0, 1e-300, -1e-10, 0.84375, 1.25, 1 / 0.35, 6.0, 30.0]])
    expected = np.array([math.erf(v) for v in x])
    assert np.max(np.abs(erf(x) - expected)) <= 4e-16


def test_erf_keeps_float32_and_handles_specials():
    out = erf(np.array([0.5, np.inf, -np.inf, np.nan], dtype=np.float32))
    assert out.dtype == np.float32
    assert out[0] == pytest.approx(math.erf(0.5), rel=1e-6)
    assert out[1] == 1.0 and out[2] == -1.0 and np.isnan(out[3])


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_forward_matches_definition(name):
    act = get_activation(name, SLOPE)
    expected = np.array([REFERENCE[name](v, SLOPE) for v in Z])
    np.testing.assert_allclose(act.forward(Z), expected, rtol=1e-13, atol=1e-300)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_backward_matches_central_differences(name):
    act = get_activation(name, SLOPE)
    rng = np.random.default_rng(0)
    da = rng.normal(size=Z_GRAD.shape)
    h = 1e-5
    numeric = (act.forward(Z_GRAD + h) - act.forward(Z_GRAD - h)) / (2 * h) * da
    analytic = act.backward(Z_GRAD, act.forward(Z_GRAD), da)
    assert relative_error(analytic, numeric) < 1e-6


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_float32_stays_float32(name):
    act = get_activation(name, SLOPE)
    z = Z.astype(np.float32)
    a = act.forward(z)
    assert a.dtype == np.float32
    assert act.backward(z, a, np.ones_like(z)).dtype == np.float32


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_extreme_inputs_give_finite_values_without_warnings(name):
    z = np.array([-1e4, -800.0, 800.0, 1e4])
    act = get_activation(name, SLOPE)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = act.forward(z)
        dz = act.backward(z, a, np.ones_like(z))
    assert np.all(np.isfinite(a)) and np.all(np.isfinite(dz))


def test_sigmoid_saturates_exactly():
    a = get_activation("sigmoid").forward(np.array([-800.0, 800.0]))
    assert a[0] == 0.0 and a[1] == 1.0


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_is_the_stable_two_sided_formula_bit_for_bit_at_every_edge(dtype):
    # For z >= 0, 1 / (1 + e); below, e times that; e = exp(-|z|): computed term by term here.
    big = np.finfo(dtype).max
    z = np.array([0.0, -0.0, 1e-30, -1e-30, 0.5, -0.5, 30.0, -30.0, -100.0, 100.0, big, -big,
                  np.inf, -np.inf, np.nan], dtype=dtype)
    z = np.concatenate([z, np.random.default_rng(0).standard_normal(1000).astype(dtype) * 20])
    e = np.exp(-np.abs(z))
    expected = np.array([1 / (1 + ei) if zi >= 0 else ei * (1 / (1 + ei)) for zi, ei in zip(z, e)], dtype=dtype)
    got = get_activation("sigmoid").forward(z)
    assert got.dtype == dtype
    np.testing.assert_array_equal(got, expected)        # NaN where z is NaN, and nowhere else
    assert math.isnan(got[14]) and got[0] == got[1] == 0.5 and got[12] == 1.0 and got[13] == 0.0


def test_softplus_is_linear_above_threshold_20():
    act = get_activation("softplus")
    z = np.array([20.5, 40.0])
    np.testing.assert_array_equal(act.forward(z), z)
    np.testing.assert_array_equal(act.backward(z, act.forward(z), np.ones(2)), np.ones(2))


def test_slope_sets_leaky_relu_slope_and_elu_alpha():
    z = np.array([-2.0])
    assert get_activation("leaky_relu", 0.3).forward(z)[0] == pytest.approx(-0.6)
    assert get_activation("elu", 0.5).forward(z)[0] == pytest.approx(0.5 * math.expm1(-2.0))


def test_registry_uses_torch_defaults():
    z = np.array([-1.0])
    assert ACTIVATION_FUNCS["leaky_relu"].forward(z)[0] == pytest.approx(-0.01)
    assert ACTIVATION_FUNCS["elu"].forward(z)[0] == pytest.approx(math.expm1(-1.0))


def test_flags():
    saturating = {n for n in REFERENCE if get_activation(n).saturating}
    rectifying = {n for n in REFERENCE if get_activation(n).rectifying}
    assert saturating == {"sigmoid", "tanh"}
    assert rectifying == {"relu"}            # leaky_relu units cannot die


def test_saturated_fraction():
    sig = get_activation("sigmoid")
    assert sig.saturated_fraction(np.array([0.001, 0.5, 0.995, 0.6])) == 0.5
    assert get_activation("tanh").saturated_fraction(np.array([-0.999, 0.2, 0.3, 0.4])) == 0.25
    assert get_activation("relu").saturated_fraction(np.array([0.0, 5.0])) == 0.0


def test_unknown_name_is_refused_with_the_valid_names():
    with pytest.raises(ValueError, match="valid names"):
        get_activation("swish")


def test_relu_gradient_at_exactly_zero_is_zero_as_in_torch():
    # torch.relu's backward is grad * (z > 0): at the kink z == 0 (and -0.0) no gradient passes.
    z = np.array([-1.0, 0.0, -0.0, 2.0])
    relu = get_activation("relu")
    np.testing.assert_array_equal(relu.backward(z, relu.forward(z), np.ones(4)), [0.0, 0.0, 0.0, 1.0])
