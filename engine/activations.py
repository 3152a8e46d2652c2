"""Activation functions, each matching the torch function of the same name.

An ``Activation`` maps pre-activations ``z`` to ``a = f(z)`` and back-propagates with
``backward(z, a, da) -> dz``, using whichever of ``z`` and ``a`` gives the cheaper derivative.
Everything stays in the dtype of ``z``: constants are Python floats, which NumPy 2 does not let
upcast a float32 array.
"""
from __future__ import annotations

import math

import numpy as np

_SQRT_HALF = math.sqrt(0.5)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)

# erf from FreeBSD msun s_erf.c (fdlibm), whose rational approximations are accurate to
# about one ulp in float64; np has no erf and scipy is not a dependency.
#   Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
#   Developed at SunPro, a Sun Microsystems, Inc. business.  Permission to use, copy, modify,
#   and distribute this software is freely granted, provided that this notice is preserved.
_ERX = 8.45062911510467529297e-01
_ERF_SMALL_P = (1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                -5.77027029648944159157e-03, -2.37630166566501626084e-05)
_ERF_SMALL_Q = (1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
                1.32494738004321644526e-04, -3.96022827877536812320e-06)
_ERF_NEAR1_P = (-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                -2.16637559486879084300e-03)
_ERF_NEAR1_Q = (1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02)
_ERFC_MID_R = (-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e01,
               -6.23753324503260060396e01, -1.62396669462573470355e02, -1.84605092906711035994e02,
               -8.12874355063065934246e01, -9.81432934416914548592e00)
_ERFC_MID_S = (1.0, 1.96512716674392571292e01, 1.37657754143519042600e02, 4.34565877475229228821e02,
               6.45387271733267880336e02, 4.29008140027567833386e02, 1.08635005541779435134e02,
               6.57024977031928170135e00, -6.04244152148580987438e-02)
_ERFC_TAIL_R = (-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e01,
                -1.60636384855821916062e02, -6.37566443368389627722e02, -1.02509513161107724954e03,
                -4.83519191608651397019e02)
_ERFC_TAIL_S = (1.0, 3.03380607434824582924e01, 3.25792512996573918826e02, 1.53672958608443695994e03,
                3.19985821950859553908e03, 2.55305040643316442583e03, 4.74528541206955367215e02,
                -2.24409524465858183362e01)


def _poly(coeffs: tuple[float, ...], t: np.ndarray) -> np.ndarray:
    """Horner's rule, lowest coefficient first."""
    result = np.full_like(t, coeffs[-1])
    for c in coeffs[-2::-1]:
        result *= t
        result += c
    return result


def erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise, in the dtype of ``x`` (float64: within a few ulp of math.erf)."""
    x = np.asarray(x)
    ax = np.abs(x)
    out = np.ones_like(ax)                       # erf(|x|) rounds to 1 from |x| = 6 on
    small = ax < 0.84375
    near1 = (ax >= 0.84375) & (ax < 1.25)
    mid = (ax >= 1.25) & (ax < 1 / 0.35)
    tail = (ax >= 1 / 0.35) & (ax < 6.0)
    if small.any():
        a = ax[small]
        t = a * a
        out[small] = a + a * (_poly(_ERF_SMALL_P, t) / _poly(_ERF_SMALL_Q, t))
    if near1.any():
        s = ax[near1] - 1.0
        out[near1] = _ERX + _poly(_ERF_NEAR1_P, s) / _poly(_ERF_NEAR1_Q, s)
    for region, r_coeffs, s_coeffs in ((mid, _ERFC_MID_R, _ERFC_MID_S), (tail, _ERFC_TAIL_R, _ERFC_TAIL_S)):
        if region.any():
            a = ax[region]
            t = 1.0 / (a * a)
            erfc = np.exp(-a * a - 0.5625 + _poly(r_coeffs, t) / _poly(s_coeffs, t)) / a
            out[region] = 1.0 - erfc
    out[np.isnan(x)] = np.nan
    return np.copysign(out, x)


class Activation:
    """Base class.  ``saturating``: flat at both ends (sigmoid, tanh); ``rectifying``: zero or
    zero gradient for negative inputs, so units can die (relu)."""
    name = "identity"
    saturating = False
    rectifying = False

    def forward(self, z: np.ndarray) -> np.ndarray:
        return z

    def backward(self, z: np.ndarray, a: np.ndarray, da: np.ndarray) -> np.ndarray:
        return da

    def saturated_mask(self, a: np.ndarray) -> np.ndarray:
        """Which outputs lie in the flat ends, where the gradient all but vanishes."""
        return np.zeros(np.shape(a), dtype=bool)

    def saturated_fraction(self, a: np.ndarray) -> float:
        """Fraction of outputs in the flat ends."""
        if not self.saturating or np.size(a) == 0:
            return 0.0
        return float(np.mean(self.saturated_mask(a)))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function; exp of a non-positive number only, so no overflow for large |z|:
    1 / (1 + e) for z >= 0 and e / (1 + e) below, with e = exp(-|z|)."""
    e = np.exp(-np.abs(z))
    inv = 1.0 / (1.0 + e)
    # The numerator is 1 for z >= 0 and e below (e <= 1, NaN stays NaN): the same bits as
    # np.where(z >= 0, inv, e * inv), 3x faster on a decision-boundary grid (where's branches).
    return np.maximum(e, z >= 0) * inv


class Sigmoid(Activation):
    name = "sigmoid"
    saturating = True

    def forward(self, z):
        return sigmoid(z)

    def backward(self, z, a, da):
        return da * a * (1.0 - a)

    def saturated_mask(self, a):
        return (a < 0.01) | (a > 0.99)


class Tanh(Activation):
    name = "tanh"
    saturating = True

    def forward(self, z):
        return np.tanh(z)

    def backward(self, z, a, da):
        return da * (1.0 - a * a)

    def saturated_mask(self, a):
        return np.abs(a) > 0.99


class ReLU(Activation):
    name = "relu"
    rectifying = True

    def forward(self, z):
        return np.maximum(z, 0.0)

    def backward(self, z, a, da):
        return da * (z > 0)


class LeakyReLU(Activation):
    name = "leaky_relu"
    rectifying = False      # its negative side still passes slope * gradient: units cannot die

    def __init__(self, slope: float = 0.01):
        self.slope = float(slope)

    def forward(self, z):
        return np.where(z > 0, z, z * self.slope)

    def backward(self, z, a, da):
        return np.where(z > 0, da, da * self.slope)


class ELU(Activation):
    name = "elu"

    def __init__(self, slope: float = 1.0):
        self.alpha = float(slope)

    def forward(self, z):
        # expm1 of the clipped value: exact near 0 and no overflow warning for large positive z
        return np.where(z > 0, z, self.alpha * np.expm1(np.minimum(z, 0.0)))

    def backward(self, z, a, da):
        # for z <= 0: d/dz alpha*(e^z - 1) = alpha*e^z = a + alpha
        return np.where(z > 0, da, da * (a + self.alpha))


class GELU(Activation):
    """Exact GELU, torch's default ``approximate='none'``: z * Phi(z)."""
    name = "gelu"

    def forward(self, z):
        return 0.5 * z * (1.0 + erf(z * _SQRT_HALF))

    def backward(self, z, a, da):
        cdf = 0.5 * (1.0 + erf(z * _SQRT_HALF))
        pdf = np.exp(-0.5 * z * z) * _INV_SQRT_2PI
        return da * (cdf + z * pdf)


class Softplus(Activation):
    """torch.nn.Softplus(beta=1, threshold=20): linear above 20."""
    name = "softplus"
    threshold = 20.0

    def forward(self, z):
        soft = np.logaddexp(0.0, np.minimum(z, self.threshold))
        return np.where(z > self.threshold, z, soft)

    def backward(self, z, a, da):
        return np.where(z > self.threshold, da, da * sigmoid(z))


class Softsign(Activation):
    name = "softsign"

    def forward(self, z):
        return z / (1.0 + np.abs(z))

    def backward(self, z, a, da):
        d = 1.0 + np.abs(z)
        return da / (d * d)


_CLASSES: dict[str, type[Activation]] = {
    cls.name: cls for cls in (Activation, Sigmoid, Tanh, ReLU, LeakyReLU, ELU, GELU, Softplus, Softsign)
}
_TAKES_SLOPE = {"leaky_relu", "elu"}

# Instances with torch's default parameters (leaky_relu slope 0.01, elu alpha 1).
ACTIVATION_FUNCS: dict[str, Activation] = {name: cls() for name, cls in _CLASSES.items()}


def get_activation(name: str, slope: float | None = None) -> Activation:
    """The activation called ``name``; ``slope`` is leaky_relu's negative slope and elu's alpha,
    None meaning torch's default (0.01 and 1.0)."""
    try:
        cls = _CLASSES[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; valid names: {', '.join(_CLASSES)}") from None
    if name in _TAKES_SLOPE and slope is not None:
        return cls(slope)
    return ACTIVATION_FUNCS[name]


def default_slope(name: str) -> float | None:
    """torch's default slope parameter of an activation (leaky_relu 0.01, elu alpha 1), else None."""
    return {"leaky_relu": ACTIVATION_FUNCS["leaky_relu"].slope, "elu": ACTIVATION_FUNCS["elu"].alpha}.get(name)
