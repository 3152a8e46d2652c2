import math

import numpy as np
import pytest

from engine import spec
from engine.initializers import bias_for, default_gain, initialize
from engine.spec import InitSpec

# Non-square, so swapping fan_in and fan_out changes every scale below.
FAN_IN, FAN_OUT = 400, 100
SHAPE = (FAN_IN, FAN_OUT)


def draw(spec_, shape=SHAPE, seed=0, dtype=np.float64):
    return initialize(spec_, shape, np.random.default_rng(seed), dtype)


def test_unknown_name_is_refused_with_the_valid_names():
    with pytest.raises(ValueError, match="valid names"):
        draw(InitSpec("glorot"))


def test_default_gain():
    assert default_gain("he_normal") == default_gain("he_uniform") == pytest.approx(math.sqrt(2))
    assert default_gain("xavier_uniform") == default_gain("lecun_normal") == default_gain("orthogonal") == 1.0


# (spec, expected std, uniform bound or None), from torch.nn.init's formulas with fan_in = 400, fan_out = 100
CASES = {
    "normal": (InitSpec("normal", std=0.3), 0.3, None),
    "uniform": (InitSpec("uniform", limit=0.2), 0.2 / math.sqrt(3), 0.2),
    "xavier_uniform": (InitSpec("xavier_uniform"), math.sqrt(2 / 500), math.sqrt(6 / 500)),
    "xavier_uniform_gain": (InitSpec("xavier_uniform", gain=3.0), 3 * math.sqrt(2 / 500), 3 * math.sqrt(6 / 500)),
    "xavier_normal": (InitSpec("xavier_normal"), math.sqrt(2 / 500), None),
    "he_uniform": (InitSpec("he_uniform"), math.sqrt(2 / 400), math.sqrt(6 / 400)),
    "he_uniform_fan_out": (InitSpec("he_uniform", mode="fan_out"), math.sqrt(2 / 100), math.sqrt(6 / 100)),
    "he_normal": (InitSpec("he_normal"), math.sqrt(2 / 400), None),
    "he_normal_fan_out_gain": (InitSpec("he_normal", gain=1.0, mode="fan_out"), math.sqrt(1 / 100), None),
    "lecun_normal": (InitSpec("lecun_normal"), math.sqrt(1 / 400), None),
    "lecun_normal_fan_out": (InitSpec("lecun_normal", mode="fan_out"), math.sqrt(1 / 100), None),
    "pytorch_default": (InitSpec("pytorch_default"), 1 / math.sqrt(3 * 400), 1 / math.sqrt(400)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_sample_statistics_match_the_formula(case):
    init_spec, std, bound = CASES[case]
    w = draw(init_spec)
    assert w.shape == SHAPE
    # 40,000 samples: the sample std is within 1.5% of the true one with overwhelming probability
    assert w.std() == pytest.approx(std, rel=0.015)
    assert abs(w.mean()) < 4 * std / math.sqrt(w.size)
    if bound is not None:
        assert np.abs(w).max() <= bound
        assert np.abs(w).max() > 0.99 * bound


def test_zeros_and_constant():
    assert np.all(draw(InitSpec("zeros")) == 0)
    assert np.all(draw(InitSpec("constant", value=0.25)) == 0.25)


@pytest.mark.parametrize("shape", [(64, 32), (32, 64), (48, 48)])
def test_orthogonal_has_orthonormal_rows_or_columns_whichever_are_fewer(shape):
    w = draw(InitSpec("orthogonal"), shape)
    small = min(shape)
    gram = w.T @ w if shape[0] >= shape[1] else w @ w.T
    np.testing.assert_allclose(gram, np.eye(small), atol=1e-12)


def test_orthogonal_gain_scales_and_signs_are_not_all_positive():
    w = draw(InitSpec("orthogonal", gain=2.0), (30, 20))
    np.testing.assert_allclose(w.T @ w, 4.0 * np.eye(20), atol=1e-12)
    # sign fix from diag(R): the matrix is uniform over the group, not biased to a positive diagonal
    plain = draw(InitSpec("orthogonal"), (30, 20), seed=1)
    assert np.any(np.diag(plain[:20]) < 0) and np.any(np.diag(plain[:20]) > 0)


@pytest.mark.parametrize("name", spec.INITIALIZERS)
def test_same_seed_same_weights_and_dtype_kept(name):
    a = draw(InitSpec(name), (20, 10), seed=5, dtype=np.float32)
    b = draw(InitSpec(name), (20, 10), seed=5, dtype=np.float32)
    assert a.dtype == np.float32 and a.flags.c_contiguous
    np.testing.assert_array_equal(a, b)
    # float32 holds the float64 draw rounded, so the two precisions start from the same weights
    np.testing.assert_array_equal(a, draw(InitSpec(name), (20, 10), seed=5).astype(np.float32))


@pytest.mark.parametrize("name", sorted(set(spec.INITIALIZERS) - {"zeros", "constant"}))
def test_different_seeds_differ(name):
    assert not np.array_equal(draw(InitSpec(name), (20, 10), seed=1), draw(InitSpec(name), (20, 10), seed=2))


def test_bias_is_zero_except_pytorch_default():
    rng = np.random.default_rng(0)
    for name in spec.INITIALIZERS:
        b = bias_for(InitSpec(name), 400, 100, rng, np.float32)
        assert b.shape == (100,) and b.dtype == np.float32
        if name != "pytorch_default":
            assert np.all(b == 0)
    b = bias_for(InitSpec("pytorch_default"), 400, 20_000, rng, np.float64)
    assert np.abs(b).max() <= 1 / 20 and np.abs(b).max() > 0.99 / 20
    assert b.std() == pytest.approx(1 / 20 / math.sqrt(3), rel=0.03)


@pytest.mark.parametrize("shape", [(30, 20), (20, 30)])
def test_orthogonal_is_the_sign_corrected_q_of_the_gaussian_draw(shape):
    # torch.nn.init.orthogonal_: A = QR of the Gaussian draw, then Q's columns flipped so that R's
    # diagonal is positive: Q^T A must then have a positive diagonal (the sign correction).
    gaussian = np.random.default_rng(7).standard_normal(size=(max(shape), min(shape)))
    w = draw(InitSpec("orthogonal"), shape, seed=7)
    q = w if shape[0] > shape[1] else w.T    # the tall one of W and W^T (W is torch's tensor transposed)
    r = q.T @ gaussian
    np.testing.assert_allclose(np.tril(r, -1), 0.0, atol=1e-12)
    assert np.all(np.diag(r) > 0)
