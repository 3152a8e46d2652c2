"""Gradient flow through deep nets at initialisation, against what the literature reports.

Setup (Glorot & Bengio 2010; He et al. 2015): width 100, batch 256, inputs N(0, 1), a linear output
layer, MSE to random targets.  ratio = first hidden layer's dL/dh norm over the last hidden layer's.
"""
import math

import numpy as np
import pytest

from engine.spec import ClipSpec, DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import Trainer, layer_column
from tests.engine.helpers import regression_dataset

WIDTH, BATCH = 100, 256


def _trainer(depth: int, activation: str, init: InitSpec, clip: ClipSpec = ClipSpec()) -> Trainer:
    rng = np.random.default_rng(123)
    data = regression_dataset(rng.standard_normal((BATCH, WIDTH)), rng.standard_normal((BATCH, 10)))
    exp = Experiment(
        layers=tuple(DenseSpec(units=WIDTH, activation=activation, init=init) for _ in range(depth)),
        output_init=init, loss="mse", data=DataSpec(name="sine"),   # a regression spec: mse fits
        optimizer=OptimizerSpec("sgd", 1e-12), batch_size=0, epochs=1, dtype="float64", clip=clip,
    )
    return Trainer(exp, dataset=data)   # the synthetic data replaces the spec's


def _ratio_after_one_step(trainer: Trainer) -> float:
    trainer.train_step(trainer.x_train, trainer.y_train)
    row = trainer.history.last()
    last_hidden = len(trainer.probed) - 2
    return row[layer_column(0, "grad_h")] / row[layer_column(last_hidden, "grad_h")]


CASES = [
    # depth, activation, init, (low, high) bounds on the ratio, verdict
    (20, "tanh", InitSpec("pytorch_default"), (0, 1e-3), "vanishing"),
    (20, "tanh", InitSpec("xavier_uniform"), (0.1, 10), "healthy"),
    (20, "relu", InitSpec("xavier_uniform"), (0, 1e-2), "vanishing"),
    (20, "relu", InitSpec("he_normal"), (0.2, 5), "healthy"),
    (10, "sigmoid", InitSpec("normal", std=0.01), (0, 1e-10), "vanishing"),
    (10, "relu", InitSpec("normal", std=1.0), (1e6, math.inf), "exploding"),
]


@pytest.mark.parametrize("depth, activation, init, bounds, verdict", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2].name}" for c in CASES])
def test_ratio_matches_the_literature_and_the_diagnosis_names_it(depth, activation, init, bounds, verdict):
    trainer = _trainer(depth, activation, init)
    ratio = _ratio_after_one_step(trainer)
    low, high = bounds
    assert low < ratio < high
    diagnosis = trainer.diagnosis()
    assert diagnosis.verdict == verdict
    assert diagnosis.ratio == pytest.approx(ratio, rel=1e-9)


def test_clipping_to_global_norm_one_tames_exploding_gradients():
    trainer = _trainer(10, "relu", InitSpec("normal", std=1.0), ClipSpec("norm", 1.0))
    trainer.train_step(trainer.x_train, trainer.y_train)
    recorded = trainer.history.last()["grad_norm"]
    assert recorded > 1e3                       # the pre-clip norm is what is recorded
    after = math.sqrt(sum(float(np.sum(g * g)) for g in trainer.grads))
    assert after <= 1.0 + 1e-9
